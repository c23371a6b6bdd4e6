import { relative } from 'node:path';
import { FixfirstError } from '../../core/errors.js';
import { prepareProject } from '../../project/prepare-project.js';
import { type CallRequest, callKey } from '../../runner/call-key.js';
import {
  countStep,
  formatSeconds,
  type PlanCap,
  planCalls,
  renderCap,
  renderPlan,
} from '../../runner/call-plan.js';
import type { RunnerStats } from '../../runner/call-runner.js';
import { type RunRecord, SqliteCallStore } from '../../runner/call-store.js';
import {
  type LiveOverrides,
  type LiveSession,
  openLiveSession,
  resolveLiveTarget,
  taskRequest,
} from '../../runner/live-session.js';
import { commandFor } from '../../runner/recorded-outputs.js';
import type { CliIo } from '../cli-io.js';
import { parseLiveFlags, warnWithoutPrompt } from '../live-options.js';
import { loadPriceTable } from '../price-table.js';
import { createProgress } from '../progress.js';
import { loadTokenCounter } from '../token-counter.js';
import type { RunOptions } from './run.js';

/** The run status recorded for an error that ended a run. */
export function runStatusOf(error: unknown): RunRecord['status'] {
  if (FixfirstError.isInstance(error)) {
    if (error.code === 'INTERRUPTED') return 'interrupted';
    if (error.code === 'BUDGET_EXCEEDED') return 'budget';
  }
  return 'failed';
}

/** One line on what the calls cost. */
export function describeSpend(stats: RunnerStats, priceSource: string | undefined): string {
  const tokens = `tokens: ${stats.inputTokens.toLocaleString('en-US')} in, ${stats.outputTokens.toLocaleString('en-US')} out`;
  if (priceSource === undefined) return `${tokens} · cost unknown (no price for this model; set live.prices)`;
  return `${tokens} · cost $${stats.costUsd.toFixed(4)} (${priceSource})`;
}

/** Runs `fixfirst run`. */
export async function runRun(dir: string, options: RunOptions, io: CliIo): Promise<void> {
  const overrides = parseLiveFlags(options);
  const project = await prepareProject(dir, { requireOutput: false });
  // No fetch: the session opens its own transport (a dry run opens none and calls nothing).
  const environment = { env: io.env, signal: io.signal, now: io.now, priceTable: await loadPriceTable() };
  const cases = project.cases.map((entry) => entry.evalCase);
  if (options.quiet !== true) warnWithoutPrompt(project, io);

  if (options.dryRun) {
    const target = resolveLiveTarget(
      project,
      overrides,
      { ...environment, fetch: globalThis.fetch },
      { keyOptional: true },
    );
    const requests = cases.map((evalCase) => taskRequest(target, evalCase));
    const store = await SqliteCallStore.openIfExists(project.loaded.dir);
    try {
      const model = target.resolved.model;
      const latency = store?.meanLatency(model.providerId, model.modelId);
      const countTokens = await loadTokenCounter();
      const isCached = (request: CallRequest) => store?.get(callKey(model, request)) !== undefined;
      const plan = planCalls([countStep('baseline', requests, countTokens, isCached)], {
        countTokens,
        price: target.price,
        timing: {
          concurrency: overrides.concurrency ?? target.live.concurrency,
          latencyMs: latency?.milliseconds ?? 2000,
          latencyBasis: latency ? `mean of ${latency.calls} earlier calls` : 'assumed: 2 s per call',
          ...(target.live.requests_per_minute === undefined
            ? {}
            : { requestsPerMinute: target.live.requests_per_minute }),
          ...(target.live.tokens_per_minute === undefined
            ? {}
            : { tokensPerMinute: target.live.tokens_per_minute }),
        },
        ...meanOutputTokens(cases, countTokens),
      });
      const lines = [
        `fixfirst run --dry-run: ${cases.length} items with ${target.modelString} at ${model.endpoint} — nothing was called`,
        ...renderPlan(plan),
        renderCap(plan, capOf(overrides, target.live), target.modelString),
      ];
      io.stdout(`${lines.join('\n')}\n`);
    } finally {
      store?.close();
    }
    return;
  }

  const progress = createProgress(io, { quiet: options.quiet === true });
  let done = 0;
  const session = await openLiveSession(project, overrides, environment, (event) => {
    if (event.type === 'call-end') progress.update(++done);
  });
  const started = performance.now();
  let runId: number | undefined;
  let status: RunRecord['status'] = 'completed';
  let failure: { error: unknown } | undefined;
  try {
    runId = session.store.startRun('run', session.modelString, cases.length, io.now().toISOString());
    progress.start(`run ${session.modelString}`, cases.length);
    await session.runner.runAll(
      cases.map((evalCase) => ({ model: session.resolved.model, request: taskRequest(session, evalCase) })),
    );
  } catch (error) {
    failure = { error };
    status = runStatusOf(error);
    throw error;
  } finally {
    progress.finish();
    const { stats } = session.runner;
    closeLiveSession(session, runId, status, failure, io);
    if (options.quiet !== true) {
      const retries = Object.entries(stats.retriesByReason)
        .map(([reason, count]) => `${count} × ${reason}`)
        .join(', ');
      const storePath = relative(process.cwd(), session.store.path) || session.store.path;
      const saved =
        stats.calls > 0
          ? `  ${stats.calls} new output(s) saved in ${storePath}`
          : stats.cached > 0
            ? `  every output was already in ${storePath}`
            : '  no output was saved';
      const lines = [
        `fixfirst run: ${cases.length} items · ${session.modelString} at ${session.resolved.model.endpoint} · ${status}`,
        `  ${stats.calls} calls made, ${stats.cached} from the cache · ${stats.retries} retries${retries ? ` (${retries})` : ''} · ${formatSeconds((performance.now() - started) / 1000)}`,
        `  ${describeSpend(stats, session.price?.source)}`,
        saved,
      ];
      if (status === 'completed') {
        const hasOutputs = cases.some((evalCase) => evalCase.output !== undefined);
        // The same model and endpoint as this run, spelled out: diagnose must not look elsewhere.
        const model = session.resolved.model;
        const diagnoseCommand =
          overrides.model !== undefined || session.resolved.baseUrlSource === 'environment'
            ? commandFor('diagnose', dir, model, session.live.base_url)
            : `fixfirst diagnose ${dir}`;
        lines.push(
          hasOutputs
            ? `next: ${diagnoseCommand} --outputs run   (the eval file has its own outputs; this flag reads the run's)`
            : `next: ${diagnoseCommand}   (reads these outputs: the eval file has none)`,
        );
      }
      (status === 'completed' ? io.stdout : io.stderr)(`${lines.join('\n')}\n`);
    }
  }
}

/**
 * Closes a live session, recording how its run ended (when it started). When the run failed, its
 * own error is the one that surfaces and a failure to save is a line on stderr; otherwise a failure
 * to save (the store's last commit) is thrown. The store and the transport are closed either way.
 */
export function closeLiveSession(
  session: LiveSession,
  runId: number | undefined,
  status: RunRecord['status'],
  failure: { error: unknown } | undefined,
  io: Pick<CliIo, 'now' | 'stderr'>,
): void {
  const { stats } = session.runner;
  try {
    session.close(
      runId === undefined
        ? undefined
        : {
            id: runId,
            outcome: {
              status,
              finishedAt: io.now().toISOString(),
              calls: stats.calls,
              cached: stats.cached,
              costUsd: session.price === undefined ? null : stats.costUsd,
            },
          },
    );
  } catch (error) {
    if (failure === undefined) throw error;
    if (error !== failure.error) {
      const message = error instanceof Error ? error.message : String(error);
      io.stderr(`fixfirst: saving to the store failed too: ${message}\n`);
    }
  }
}

/** The cap in force for a dry run: --max-cost, else live.max_cost. */
export function capOf(
  overrides: LiveOverrides,
  live: { max_cost?: number | undefined },
): PlanCap | undefined {
  if (overrides.maxCost !== undefined) return { usd: overrides.maxCost, source: '--max-cost' };
  return live.max_cost === undefined ? undefined : { usd: live.max_cost, source: 'live.max_cost' };
}

/** Mean output tokens of the recorded outputs in the eval file, for the expected-cost line. */
export function meanOutputTokens(
  cases: readonly { output: string | undefined }[],
  countTokens: (text: string) => number,
): { meanOutputTokens?: number } {
  const outputs = cases
    .map((evalCase) => evalCase.output)
    .filter((output): output is string => output !== undefined);
  if (outputs.length === 0) return {};
  const sample = outputs.slice(0, 500);
  return { meanOutputTokens: sample.reduce((sum, output) => sum + countTokens(output), 0) / sample.length };
}
