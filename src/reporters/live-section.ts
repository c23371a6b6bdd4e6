import { type Comparison, type LiveExperiment, outcomeMeasureLabels } from '../core/report/live-evidence.js';
import type { Report } from '../core/report/report.js';
import { interval, percent, points } from './format.js';

const experimentTitles: Record<Comparison['experiment'], string> = {
  prompt_repair: 'Q1 prompt repair',
  oracle_context: 'Q4 oracle context',
  k_shot: 'Q3 k-shot ladder',
};

const stopLabels: Record<Comparison['stop'], string> = {
  lift: 'LIFT',
  no_lift: 'NO LIFT ≥ min',
  worse: 'WORSE',
  inconclusive: 'UNDECIDED',
  budget: 'STOPPED: CAP',
  not_started: 'NOT STARTED',
};

/** `$0.0123`, or `unknown`. */
function dollars(value: number | null): string {
  if (value === null) return 'cost unknown';
  return `$${value < 1 ? value.toFixed(4) : value.toFixed(2)}`;
}

/** The heading line of the live section: model, calls, cost. */
export function liveHeadline(live: NonNullable<Report['live']>): string {
  const cap = live.spend.capUsd === null ? '' : ` of a $${live.spend.capUsd} cap`;
  return `${live.model} · ${live.spend.calls} calls (+${live.spend.cachedCalls} cached) · ${dollars(live.spend.costUsd)}${cap} · seed ${live.seed}, looks every ${live.batchSize} items`;
}

/** Why a comparison that scored no item has no figures. */
const emptyReasons: Partial<Record<Comparison['stop'], string>> = {
  budget: 'not run: budget reached before the first item',
  not_started: 'not run: no items to compare on',
};

/** `judged on lenient correctness (right in content; form ignored)`. */
export function outcomeText(experiment: LiveExperiment): string {
  const label = outcomeMeasureLabels[experiment.outcome];
  return `judged on ${label.name} (${label.meaning})`;
}

/** One comparison as a fixed-width line; a comparison that scored no item says why, with no figures. */
export function comparisonLine(comparison: Comparison): string {
  if (comparison.items === 0) {
    return `${comparison.label.padEnd(24)} n=${`0/${comparison.itemsAvailable}`.padEnd(9)} ${emptyReasons[comparison.stop] ?? 'not run'}`;
  }
  const accuracy = `${percent(comparison.baselineAccuracy.value)} → ${percent(comparison.candidateAccuracy.value)}`;
  const lift = `${comparison.lift.value >= 0 ? '+' : ''}${points(comparison.lift.value)} ${interval(comparison.anytime)}`;
  return `${comparison.label.padEnd(24)} n=${`${comparison.items}/${comparison.itemsAvailable}`.padEnd(9)} ${accuracy.padEnd(16)} ${lift.padEnd(24)} ${stopLabels[comparison.stop]}`;
}

/**
 * The live experiments as plain lines (the terminal reporter colours nothing here): per experiment,
 * each comparison with baseline → candidate accuracy, the lift with its anytime-valid interval and
 * how it stopped; then the fixed-n McNemar and Newcombe figures as a secondary line.
 */
export function liveLines(report: Report): string[] {
  const live = report.live;
  if (live === undefined) return [];
  const lines: string[] = [];
  for (const experiment of live.experiments) {
    const title = experimentTitles[experiment.experiment];
    if (experiment.status === 'not_run') {
      lines.push(` ${title}: not run — ${experiment.reason}`);
      continue;
    }
    lines.push(` ${title}: ${experiment.reason}`);
    lines.push(`   ${outcomeText(experiment)}`);
    for (const comparison of experiment.comparisons) {
      lines.push(`   ${comparisonLine(comparison)}`);
      if (comparison.items === 0) continue;
      lines.push(
        `     ${comparison.reason}; fixed-n: Newcombe ${interval(comparison.lift)}, McNemar mid-p ${comparison.mcnemarMidP.toPrecision(2)}; ${comparison.calls} calls`,
      );
    }
    const interpretation = experiment.details.interpretation;
    if (typeof interpretation === 'string') lines.push(`   reading: ${interpretation}`);
  }
  return lines;
}
