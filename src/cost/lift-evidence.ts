import type { EvidenceKind } from '../core/estimate.js';

/** An accuracy lift (proportions) with what kind of figure it is and where it came from. */
export interface LiftEvidence {
  value: number;
  low: number;
  high: number;
  kind: EvidenceKind;
  /** Where the figure comes from, in words. */
  source: string;
}

/** An interval of accuracy (proportions). */
export interface Interval {
  value: number;
  low: number;
  high: number;
}

/**
 * The lift fine-tuning is credited with: the user's stated prior; else the behavioral remainder of
 * the headroom, an upper bound (the most fine-tuning could ever buy). A prior above that bound's
 * upper end is capped to it. Undefined when there is neither (the standalone calculator without a
 * prior). No live experiment measures a fine-tune's lift (k-shot is an indicator, not a price:
 * research/evidence-cost.md §3), so there is no measured branch.
 */
export function chooseFineTuneLift(options: { prior?: number; bound?: Interval }): {
  lift: LiftEvidence | undefined;
  notes: string[];
} {
  const notes: string[] = [];
  if (options.prior !== undefined) {
    let prior = options.prior;
    if (options.bound !== undefined && prior > options.bound.high) {
      notes.push(
        `economics.fine_tune_lift ${points(prior)} is above the behavioral remainder's upper limit ${points(options.bound.high)}; capped to it`,
      );
      prior = options.bound.high;
    }
    return {
      lift: {
        value: prior,
        low: prior,
        high: prior,
        kind: 'prior',
        source: 'economics.fine_tune_lift (stated prior)',
      },
      notes,
    };
  }
  if (options.bound === undefined) return { lift: undefined, notes };
  return {
    lift: {
      ...options.bound,
      kind: 'bound',
      source: 'behavioral remainder of the headroom (the most fine-tuning could buy)',
    },
    notes,
  };
}

const points = (value: number) => `${(value * 100).toFixed(1)} pts`;
