import type { Estimate } from '../core/estimate.js';
import type { CheckSummary, Report } from '../core/report/report.js';
import { formatUsd } from '../cost/format-usd.js';

/** Shared number formatting for every reporter, so the same figure reads the same everywhere. */

/** `52.2%` */
export const percent = (value: number, digits = 1) => `${(value * 100).toFixed(digits)}%`;

/** `21.9 pts` (accuracy points). */
export const points = (value: number, digits = 1) => `${(value * 100).toFixed(digits)} pts`;

/** `52.2% (95% CI 46.7–57.6%)` */
export function percentWithInterval(
  estimate: Pick<Estimate, 'value' | 'low' | 'high'>,
  confidence = 0.95,
): string {
  return `${percent(estimate.value)} (${Math.round(confidence * 100)}% CI ${(estimate.low * 100).toFixed(1)}–${percent(estimate.high)})`;
}

/** `[46.7–57.6]` */
export const interval = (estimate: Pick<Estimate, 'low' | 'high'>) =>
  `[${(estimate.low * 100).toFixed(1)}–${(estimate.high * 100).toFixed(1)}]`;

/** Cuts text to `length` characters on one line, marking the cut. */
export function clip(text: string, length: number): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length <= length ? oneLine : `${oneLine.slice(0, length - 1)}…`;
}

/** Human labels of question statuses. */
export const statusLabels: Record<string, string> = {
  surface: 'SURFACE',
  behavioral: 'BEHAVIORAL',
  no_gap: 'NO GAP',
  inconclusive: 'INCONCLUSIVE',
  not_assessed: 'NOT ASSESSED',
  ready: 'READY',
  not_ready: 'NOT READY',
  pays_back: 'PAYS BACK',
  does_not_pay_back: 'DOES NOT PAY BACK',
  foundation_gap: 'FOUNDATION GAP',
  no_foundation_gap: 'NO FOUNDATION GAP',
};

/** Check summaries worst first (lowest strict pass rate), ties by name, so the biggest problems lead. */
export function sortedChecks(checks: readonly CheckSummary[]): CheckSummary[] {
  return [...checks].sort((a, b) => a.passRate.value - b.passRate.value || a.check.localeCompare(b.check));
}

/**
 * Where the diagnosed outputs came from, in words: `recorded in the eval file`, or the run with its
 * model, endpoint and time, plus how they were found when not by the project's own model.
 */
export function describeOutputs(source: Report['project']['outputs']): string {
  if (source === undefined || source.source === 'eval') return 'recorded in the eval file';
  const origin = source.source === 'live' ? 'diagnose --live' : 'fixfirst run';
  const model = [source.model, source.endpoint === undefined ? undefined : `at ${source.endpoint}`]
    .filter((part) => part !== undefined)
    .join(' ');
  return `from ${origin}${model ? ` (${model})` : ''}${source.recordedAt ? `, ${source.recordedAt}` : ''}${source.note ? ` — ${source.note}` : ''}`;
}

/** Why an item failed, in one line: its failed checks with their details, else the scorer's detail. */
export function failureReason(item: Report['items'][number]): string {
  const failed = item.checks.filter((check) => !check.pass);
  return failed.length > 0
    ? failed.map((check) => `${check.check}${check.detail ? `: ${check.detail}` : ''}`).join('; ')
    : (item.scoreDetail ?? 'wrong answer');
}

/** `pass 310 · surface 52 · behavioral 30 · mixed 8 · foundation-flagged 4` */
export function classCounts(summary: Report['summary']): string {
  const { classes } = summary;
  return `pass ${classes.pass} · surface ${classes.surface} · behavioral ${classes.behavioral} · mixed ${classes.mixed} · foundation-flagged ${summary.foundationItems}`;
}

/** `alpha 0.05 · min_lift 0.03 · ...`: the thresholds in force, as printed under a report. */
export function thresholdList(thresholds: Report['thresholds']): string {
  return Object.entries(thresholds)
    .map(([name, value]) => `${name} ${value}`)
    .join(' · ');
}

/** An action's known cost figures, e.g. `["$800", "8 h"]`; an unknown figure is left out. */
export function costFigures(cost: { usd: number | null; hours: number | null }): string[] {
  return [cost.usd === null ? '' : formatUsd(cost.usd), cost.hours === null ? '' : `${cost.hours} h`].filter(
    Boolean,
  );
}
