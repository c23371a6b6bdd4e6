import type { EvalCase } from '../../core/eval-case.js';
import type { Report } from '../../core/report/report.js';
import type { ProgressSink } from '../../diagnosis/assess-context.js';
import { diagnoseLive } from '../../experiments/live-diagnosis.js';
import { planLiveDiagnosis } from '../../experiments/live-plan.js';
import { prepareProject } from '../../project/prepare-project.js';
import { type CallRequest, callKey } from '../../runner/call-key.js';
import { planCalls, renderCap, renderPlan } from '../../runner/call-plan.js';
import { type RunRecord, SqliteCallStore } from '../../runner/call-store.js';
import { openLiveSession, resolveLiveTarget } from '../../runner/live-session.js';
import type { CliIo } from '../cli-io.js';
import { parseLiveFlags, warnWithoutPrompt } from '../live-options.js';
import { parseToday } from '../parse-today.js';
import { loadPriceTable } from '../price-table.js';
import { loadTokenCounter } from '../token-counter.js';
import type { DiagnoseOptions } from './diagnose.js';
import { capOf, closeLiveSession, describeSpend, meanOutputTokens, runStatusOf } from './run-action.js';

const points = (value: number) => `${(value * 100).toFixed(1)} pts`;

/** What a live diagnosis hands back for rendering. */
export interface LiveDiagnosis {
  report: Report;
  /** The eval cases with the baseline outputs that were diagnosed, for report.html's drill-down. */
  cases: EvalCase[];
}

/**
 * `fixfirst diagnose DIR --live [--dry-run]`. With --dry-run prints the plan and returns undefined;
 * otherwise runs the baseline and the experiments and returns the report (the caller renders it).
 */
export async function runLiveDiagnose(
  dir: string,
  options: DiagnoseOptions,
  io: CliIo,
  progress: ProgressSink,
): Promise<LiveDiagnosis | undefined> {
  const overrides = parseLiveFlags(options);
  const project = await prepareProject(dir, { requireOutput: false });
  if (options.quiet !== true) warnWithoutPrompt(project, io);
  // No fetch: the session opens its own transport (a dry run opens none and calls nothing).
  const environment = { env: io.env, signal: io.signal, now: io.now, priceTable: await loadPriceTable() };

  if (options.dryRun) {
    const target = resolveLiveTarget(
      project,
      overrides,
      { ...environment, fetch: globalThis.fetch },
      { keyOptional: true },
    );
    const store = await SqliteCallStore.openIfExists(project.loaded.dir);
    try {
      const model = target.resolved.model;
      const countTokens = await loadTokenCounter();
      const isCached = (request: CallRequest) => store?.get(callKey(model, request)) !== undefined;
      const { steps, power } = await planLiveDiagnosis(project, target, { countTokens, isCached });
      const latency = store?.meanLatency(model.providerId, model.modelId);
      const plan = planCalls(steps, {
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
        ...meanOutputTokens(
          project.cases.map((entry) => entry.evalCase),
          countTokens,
        ),
      });
      const lines = [
        `fixfirst diagnose --live --dry-run: ${project.cases.length} items with ${target.modelString} at ${model.endpoint} — nothing was called`,
        'at most (every experiment run to its last item; early stopping usually spends less):',
        ...renderPlan(plan),
        renderCap(plan, capOf(overrides, target.live), target.modelString),
        `minimum detectable lift (80% power, fixed-n, assuming 20% of items change outcome; thresholds.min_lift ${points(project.loaded.config.thresholds.min_lift)}):`,
        ...power.map(
          (entry) =>
            `  ${entry.experiment.padEnd(15)} ${String(entry.items).padStart(5)} items, ${entry.comparisons} comparison(s) at α/${entry.comparisons}: ≈ ${points(entry.minimumDetectableLift)}`,
        ),
      ];
      if (power.length === 0) lines.push('  no experiment applies to this project');
      io.stdout(`${lines.join('\n')}\n`);
    } finally {
      store?.close();
    }
    return undefined;
  }

  // Progress counts calls; each phase (baseline, experiments) starts again from zero.
  let calls = 0;
  const phases: ProgressSink = {
    start(label, total) {
      calls = 0;
      progress.start(label, total);
    },
    update: (done) => progress.update(done),
    finish: () => progress.finish(),
  };
  const session = await openLiveSession(project, overrides, environment, (event) => {
    if (event.type === 'call-end') progress.update(++calls);
  });
  let runId: number | undefined;
  let status: RunRecord['status'] = 'completed';
  let failure: { error: unknown } | undefined;
  try {
    runId = session.store.startRun(
      'diagnose --live',
      session.modelString,
      project.cases.length,
      io.now().toISOString(),
    );
    const { report, baselineCases } = await diagnoseLive(project, session, {
      now: () => parseToday(options.today, io.now),
      version: io.version,
      progress: phases,
    });
    if (report.live?.stoppedByBudget) status = 'budget';
    return { report, cases: baselineCases };
  } catch (error) {
    failure = { error };
    status = runStatusOf(error);
    throw error;
  } finally {
    const { stats } = session.runner;
    closeLiveSession(session, runId, status, failure, io);
    if (options.quiet !== true && options.json !== true) {
      io.stderr(
        `live: ${stats.calls} calls, ${stats.cached} cached, ${stats.retries} retries · ${describeSpend(stats, session.price?.source)}\n`,
      );
    }
  }
}
