import type { AuditSettings } from '../../core/config-audit.js';
import type {
  AuditOutcome,
  BoilerplateLines,
  DataAudit,
  DataAuditContext,
  EvalText,
  FinishTools,
  ObservedRow,
  RowRemoval,
  RowSource,
  TargetCheck,
  TokenCounter,
} from '../../core/data-audit.js';
import { FixfirstError } from '../../core/errors.js';
import type { Finding } from '../../core/finding.js';
import type { JsonValue } from '../../core/json.js';
import type { ProgressSink } from '../../diagnosis/assess-context.js';
import { dataAudits } from './index.js';
import { decideReadiness, type Readiness } from './readiness.js';
import { boilerplateFrom, LineFrequency, sameBoilerplate } from './shared/boilerplate.js';
import { rowFeatures } from './shared/row-features.js';
import { TokenMeter, type TokenSummary } from './token-meter.js';

/** What the audit needs. Everything is passed in: the engine does no IO of its own. */
export interface RunDataAuditOptions {
  source: RowSource;
  settings: AuditSettings;
  tokenizer: TokenCounter;
  /** The project's output contract (empty when none). */
  contract: readonly TargetCheck[];
  /** The eval set for leakage (empty when none). */
  evalItems: readonly EvalText[];
  progress: ProgressSink;
  /** Count every row's tokens exactly (--exact-tokens). */
  exactTokens?: boolean;
  /** The audits to run (default: all of src/audits/data/index.ts minus `audit.disable`). */
  audits?: readonly DataAudit[];
  /** Count tokens (default true). A partition that runs no token-based audit can skip it. */
  countTokens?: boolean;
  /** Names this partition's reading step in the progress display (default "auditing"). */
  progressName?: string;
}

/** What one partition of the audits found, before tolerances and readiness (mergeable). */
export interface AuditPartition {
  rows: number;
  examples: number;
  /** Undefined when the partition did not count tokens. */
  tokens: TokenSummary | undefined;
  findings: Finding[];
  removals: RowRemoval[];
  affected: Record<string, number>;
  /** Undefined when the partition ran no audit that uses template lines (`needs: ['boilerplate']`). */
  boilerplate: { lines: number; samples: string[] } | undefined;
  stats: Record<string, { [key: string]: JsonValue }>;
  audits: string[];
}

/** Everything the audit found: the figures, the findings (tolerances applied) and the readiness. */
export interface DataAuditResult {
  rows: number;
  examples: number;
  tokens: TokenSummary;
  readiness: Readiness;
  /** Finding code -> distinct rows affected. */
  summary: Record<string, number>;
  findings: Finding[];
  /** Rows `clean` may drop, by code (not capped). */
  removals: RowRemoval[];
  /** Template lines ignored for similarity. */
  boilerplate: { lines: number; samples: string[] };
  /** Figures audits report about themselves, by audit id. */
  stats: Record<string, { [key: string]: JsonValue }>;
  /** Ids of the audits that ran. */
  audits: string[];
}

/**
 * Runs every data audit over a training set in one streaming pass (plus partial rereads for the
 * similarity checks). Memory holds compact per-row state only: hashes, band keys, token counts.
 * Lines shared by many rows (templates) are decided after the first `boilerplate.decide_after` rows,
 * which are held back until then; at the end the whole-file count is compared, and the similarity
 * audits recompute from a reread if it differs, so the result never depends on where the decision fell.
 */
export async function runDataAudit(options: RunDataAuditOptions): Promise<DataAuditResult> {
  return finishDataAudit([await collectAuditPartition(options)], options.settings);
}

/**
 * The streaming pass and each audit's findings, without the readiness decision: partitions of
 * the audits can run in parallel (each reads the file) and `finishDataAudit` merges them.
 */
export async function collectAuditPartition(options: RunDataAuditOptions): Promise<AuditPartition> {
  const { settings, source, progress } = options;
  const countTokens = options.countTokens !== false;
  const audits = (options.audits ?? dataAudits).filter((audit) => !settings.disable.includes(audit.id));
  const lines = new LineFrequency();
  // Template lines are counted (and rows held back until they are known) only for audits that use them.
  const templates = audits.some((audit) => audit.needs?.includes('boilerplate') === true);
  const boilerplateSettings = settings.boilerplate;
  let provisional: BoilerplateLines | undefined;
  const context: DataAuditContext = {
    settings,
    contract: options.contract,
    evalItems: options.evalItems,
    boilerplate: () => provisional ?? boilerplateFrom(new Set(), []),
  };
  const runs = audits.map((audit) => audit.start(context));
  const meter = new TokenMeter(
    settings,
    options.tokenizer,
    options.exactTokens === true || settings.tokens.exact,
  );
  let rows = 0;
  let examples = 0;
  let held: ObservedRow[] | undefined = templates ? [] : undefined;
  let lastFraction = 0;
  let previousFraction = 0;
  const dispatch = (row: ObservedRow) => {
    for (let index = 0; index < runs.length; index++) runs[index]!.observe(row);
  };
  const decide = () => {
    provisional = lines.frequent(boilerplateSettings.share, boilerplateSettings.min_rows);
    const pending = held ?? [];
    held = undefined;
    for (const row of pending) dispatch(row);
  };

  const readingLabel = `${options.progressName ?? 'auditing'}: reading rows`;
  progress.start(readingLabel, undefined, 'rows');
  await source.scan(
    (sourceRow) => {
      rows++;
      let measure: ObservedRow['measure'];
      const example = sourceRow.example;
      if (example !== undefined) {
        examples++;
        if (examples === settings.tokens.exact_up_to && lastFraction > 0)
          meter.expectRows(Math.round(rows / lastFraction));
        if (countTokens) measure = meter.measure(example);
        if (templates) lines.addRow(rowFeatures(example));
      }
      const observed: ObservedRow = { row: sourceRow.row, example, problems: sourceRow.problems, measure };
      if (held === undefined) {
        dispatch(observed);
        return;
      }
      held.push(observed);
      if (examples >= boilerplateSettings.decide_after) decide();
    },
    {
      onProgress: (fraction) => {
        if (fraction !== lastFraction) {
          previousFraction = lastFraction;
          lastFraction = fraction;
        }
        // The row count is known at the end only: estimated meanwhile from the share of the file read.
        // That share counts whole read chunks, ahead of the rows seen: the rows are somewhere in the
        // last chunk, taken as its middle.
        const share = previousFraction > 0 ? (previousFraction + fraction) / 2 : fraction;
        progress.update(rows, share > 0 ? Math.max(rows, Math.round(rows / share)) : undefined);
      },
    },
  );
  if (held !== undefined) decide();
  progress.update(rows, rows);
  progress.finish();

  const final = lines.frequent(boilerplateSettings.share, boilerplateSettings.min_rows);
  /** The audit whose `finish` runs (names its steps in the progress display). */
  let current = '';
  const tools: FinishTools = {
    rows,
    examples,
    boilerplate: final,
    // Undecided only where no audit uses template lines.
    boilerplateChanged: provisional !== undefined && !sameBoilerplate(provisional, final),
    async reread(only, visit) {
      const total = only === 'all' ? rows : only.size;
      progress.start(`${current}: rereading rows`, total, 'rows');
      let visited = 0;
      await source.scan(
        (sourceRow) => {
          visit({
            row: sourceRow.row,
            example: sourceRow.example,
            problems: sourceRow.problems,
            measure: undefined,
          });
          if ((++visited & 1023) === 0) progress.update(visited);
        },
        { only: only === 'all' ? undefined : only },
      );
      progress.update(visited);
      progress.start(current, undefined);
    },
    step(label, total, unit) {
      progress.start(`${current}: ${label}`, total, unit);
      return (done) => progress.update(done);
    },
  };
  const findings: Finding[] = [];
  const removals: RowRemoval[] = [];
  const affected: Record<string, number> = {};
  const stats: Record<string, { [key: string]: JsonValue }> = {};
  for (const [index, run] of runs.entries()) {
    current = audits[index]!.id.replaceAll('_', ' ');
    progress.start(current, undefined);
    const outcome: AuditOutcome = await run.finish(tools);
    findings.push(...outcome.findings);
    if (outcome.removals !== undefined) removals.push(...outcome.removals);
    Object.assign(affected, outcome.affected ?? {});
    if (outcome.stats !== undefined) stats[audits[index]!.id] = outcome.stats;
  }
  progress.finish();
  return {
    rows,
    examples,
    tokens: countTokens ? meter.summary() : undefined,
    findings,
    removals,
    affected,
    boilerplate: templates ? { lines: final.count, samples: [...final.samples] } : undefined,
    stats,
    audits: audits.map((audit) => audit.id),
  };
}

/**
 * Merges partitions (the one that counted tokens gives the token figures), applies the tolerances
 * and decides readiness. Findings keep the checklist order whatever partition found them.
 */
export function finishDataAudit(
  partitions: readonly AuditPartition[],
  settings: AuditSettings,
): DataAuditResult {
  const first = partitions[0]!;
  const tokens = partitions.find((partition) => partition.tokens !== undefined)?.tokens;
  if (tokens === undefined) throw new FixfirstError('INTERNAL', 'no audit partition counted tokens');
  const affected = new Map<string, number>();
  const findings: Finding[] = [];
  const removals: RowRemoval[] = [];
  const stats: Record<string, { [key: string]: JsonValue }> = {};
  for (const partition of partitions) {
    findings.push(...partition.findings);
    removals.push(...partition.removals);
    for (const [code, count] of Object.entries(partition.affected)) affected.set(code, count);
    Object.assign(stats, partition.stats);
  }
  const decided = decideReadiness(findings, affected, first.rows, settings);
  const summary: Record<string, number> = {};
  for (const reason of decided.readiness.reasons) summary[reason.code] = reason.rows;
  for (const finding of decided.findings) {
    if (decided.readiness.reasons.some((reason) => reason.code === finding.code)) continue;
    summary[finding.code] = Math.min(first.rows, (summary[finding.code] ?? 0) + finding.rowCount);
  }
  return {
    rows: first.rows,
    examples: first.examples,
    tokens,
    readiness: decided.readiness,
    summary,
    findings: decided.findings,
    removals: removals.sort((a, b) => a.row - b.row),
    boilerplate: partitions.find((partition) => partition.boilerplate !== undefined)?.boilerplate ?? {
      lines: 0,
      samples: [],
    },
    stats,
    audits: partitions.flatMap((partition) => partition.audits),
  };
}
