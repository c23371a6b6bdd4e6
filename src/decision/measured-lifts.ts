import {
  type Comparison,
  type LiveEvidence,
  type OutcomeMeasure,
  outcomeMeasureLabels,
} from '../core/report/live-evidence.js';

/** A lift measured by a live experiment, with its anytime-valid interval. */
export interface MeasuredLift {
  value: number;
  /** Anytime-valid lower end (at the comparison's level). */
  low: number;
  high: number;
  /** Anytime-valid p-value for "no lift", Bonferroni-adjusted for the experiment's comparisons. */
  pValue: number;
  /** The comparison it comes from. */
  comparison: string;
  /** The comparison's label with the outcome measure it was judged on, for sentences. */
  label: string;
  /** What counted as a success (the experiment's declared measure). */
  outcome: OutcomeMeasure;
  items: number;
}

function measured(
  comparison: Comparison,
  comparisonsInFamily: number,
  outcome: OutcomeMeasure,
): MeasuredLift {
  return {
    value: comparison.lift.value,
    low: comparison.anytime.low,
    high: comparison.anytime.high,
    pValue: Math.min(1, comparison.anytime.pValue * comparisonsInFamily),
    comparison: comparison.id,
    label: `${comparison.label} (judged on ${outcomeMeasureLabels[outcome].name})`,
    outcome,
    items: comparison.items,
  };
}

/**
 * The comparison of one experiment with the highest anytime lower bound. Every comparison of an
 * experiment ran at α / (its number of comparisons), so choosing the best afterwards keeps the
 * family-wise level (Bonferroni over a family fixed in advance).
 */
function bestOf(
  live: LiveEvidence | undefined,
  experiment: Comparison['experiment'],
  ids?: string[],
): MeasuredLift | undefined {
  const entry = live?.experiments.find((candidate) => candidate.experiment === experiment);
  if (entry === undefined || entry.status !== 'measured') return undefined;
  const usable = entry.comparisons.filter(
    (comparison) => comparison.items > 0 && (ids === undefined || ids.includes(comparison.id)),
  );
  if (usable.length === 0) return undefined;
  const family = Math.max(1, Math.round(live!.alpha / usable[0]!.anytime.alpha));
  const best = usable.reduce((a, b) => (b.anytime.low > a.anytime.low ? b : a));
  return measured(best, family, entry.outcome);
}

/** Q1: the measured lift of the best prompt repair. */
export function measuredRepairLift(live: LiveEvidence | undefined): MeasuredLift | undefined {
  return bestOf(live, 'prompt_repair');
}

/** Q4: the measured lift of gold passages over retrieved ones (what a retrieval fix can buy at most). */
export function measuredOracleLift(live: LiveEvidence | undefined): MeasuredLift | undefined {
  return bestOf(live, 'oracle_context', ['oracle-gold-only']);
}

/** Q3: the best rung of the k-shot ladder (what the training data teaches in context; an indicator). */
export function measuredKShotLift(live: LiveEvidence | undefined): MeasuredLift | undefined {
  return bestOf(live, 'k_shot');
}

/** Whether a measured lift is significant: anytime interval above 0 and adjusted p below alpha. */
export function isSignificant(lift: MeasuredLift | undefined, alpha: number): lift is MeasuredLift {
  return lift !== undefined && lift.low > 0 && lift.pValue < alpha;
}
