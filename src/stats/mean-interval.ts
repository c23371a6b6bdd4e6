import type { Estimate } from '../core/estimate.js';
import { bootstrapMean } from './bootstrap.js';
import { normalQuantile } from './normal-quantile.js';
import type { Random } from './random.js';

/**
 * From this many values on, the interval of a mean is the CLT one instead of a bootstrap. At this
 * size the percentile bootstrap of a mean and the CLT interval agree to a few hundredths of a
 * point (the bootstrap distribution of a mean is itself asymptotically normal), while 2,000
 * resamples of 100,000 values cost seconds; Miller (2024, "Adding error bars to evals", Eq. 1-3 in
 * research/stats.md §1.1) recommends the CLT interval for a mean of independent item scores.
 */
export const cltMinValues = 10_000;

/** How a mean's interval is drawn. */
export interface MeanIntervalOptions {
  /** 1 − confidence level. */
  alpha: number;
  /** Seeded generator for the bootstrap (reports are reproducible). */
  random: Random;
  /** Bootstrap resamples (below `cltMinValues` values). */
  resamples?: number;
}

/**
 * The mean of per-item scores with its interval: a percentile bootstrap (`method: 'bootstrap'`)
 * below `cltMinValues` values, where skew matters; at or above it, mean ± z·SE with
 * SE = sqrt(Σ(x − x̄)² / (n − 1) / n) (`method: 'clt'`), clipped to the smallest and largest
 * value seen, as a bootstrap interval always is. NaN bounds for no values.
 */
export function meanInterval(values: readonly number[], options: MeanIntervalOptions): Estimate {
  const n = values.length;
  if (n < cltMinValues) {
    const estimate = bootstrapMean(values, {
      random: options.random,
      alpha: options.alpha,
      resamples: options.resamples ?? 2000,
    });
    return { value: estimate.value, low: estimate.low, high: estimate.high, method: 'bootstrap', n };
  }
  let sum = 0;
  let smallest = Number.POSITIVE_INFINITY;
  let largest = Number.NEGATIVE_INFINITY;
  for (const value of values) {
    sum += value;
    if (value < smallest) smallest = value;
    if (value > largest) largest = value;
  }
  const mean = sum / n;
  let squares = 0;
  for (const value of values) squares += (value - mean) ** 2;
  const standardError = Math.sqrt(squares / (n - 1) / n);
  const half = normalQuantile(1 - options.alpha / 2) * standardError;
  return {
    value: mean,
    low: Math.max(smallest, mean - half),
    high: Math.min(largest, mean + half),
    method: 'clt',
    n,
  };
}
