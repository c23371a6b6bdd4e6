/**
 * A number with its 95% interval and a label saying what kind of number it is. Every rate fixfirst
 * reports is one of these: a bare point estimate is never printed.
 */
export interface Estimate {
  /** Point estimate (a proportion in [0, 1], or a difference in [-1, 1]). */
  value: number;
  /** Lower end of the interval. */
  low: number;
  /** Upper end of the interval. */
  high: number;
  /** How the interval was computed, e.g. `wilson`, `newcombe`, `bootstrap`, `product`. */
  method: string;
  /** Numerator, when the estimate is a count ratio. */
  k?: number;
  /** Denominator, when the estimate is a count ratio. */
  n?: number;
}

/**
 * What kind of evidence a figure is: `measured` (observed on these items), `bound` (an upper
 * limit, e.g. "surface fixes can recover at most"), `estimate` (a model-based projection with
 * stated assumptions) or `prior` (a stated assumption, not measured here).
 */
export type EvidenceKind = 'measured' | 'bound' | 'estimate' | 'prior';
