import type { Estimate } from '../core/estimate.js';
import type { Random } from './random.js';

/** How to resample. The generator is passed in, so a seed reproduces the interval exactly. */
export interface BootstrapOptions {
  /** Uniform [0, 1) source, e.g. `seededRandom(seed)`. */
  random: Random;
  /** Number of resamples (stats.md §2.4 advises 2,000–10,000). */
  resamples?: number;
  /** 1 − confidence level. */
  alpha?: number;
}

/** A bootstrap interval, with how many resamples were used and how many gave no value. */
export interface BootstrapEstimate extends Estimate {
  method: 'bootstrap';
  /** Resamples drawn. */
  resamples: number;
  /** Resamples whose statistic was undefined (NaN), left out of the percentiles. */
  undefinedResamples: number;
}

/** Quantile of sorted values with linear interpolation between order statistics (R type 7, numpy default). */
function sortedQuantile(sorted: Float64Array, probability: number): number {
  const position = (sorted.length - 1) * probability;
  const below = Math.floor(position);
  const above = Math.ceil(position);
  return sorted[below]! + (sorted[above]! - sorted[below]!) * (position - below);
}

/**
 * Percentile bootstrap interval of any statistic of n items: resample the item indices with
 * replacement, recompute the statistic, take the α/2 and 1 − α/2 quantiles (type 7). The point
 * value is the statistic on the original items. A statistic may return NaN when a resample leaves it
 * undefined (e.g. no item in a subgroup); those resamples are counted and left out.
 */
export function bootstrapInterval(
  n: number,
  statistic: (indices: Uint32Array) => number,
  options: BootstrapOptions,
): BootstrapEstimate {
  const resamples = options.resamples ?? 2000;
  const alpha = options.alpha ?? 0.05;
  const identity = new Uint32Array(n);
  for (let index = 0; index < n; index++) identity[index] = index;
  const value = statistic(identity);
  const values = new Float64Array(resamples);
  const indices = new Uint32Array(n);
  const random = options.random;
  let defined = 0;
  for (let draw = 0; draw < resamples; draw++) {
    if (random.fillIndices !== undefined) random.fillIndices(indices, n);
    else for (let index = 0; index < n; index++) indices[index] = Math.floor(random() * n);
    const result = statistic(indices);
    if (!Number.isNaN(result)) values[defined++] = result;
  }
  const sorted = values.subarray(0, defined).sort();
  return {
    value,
    low: defined === 0 ? Number.NaN : sortedQuantile(sorted, alpha / 2),
    high: defined === 0 ? Number.NaN : sortedQuantile(sorted, 1 - alpha / 2),
    method: 'bootstrap',
    resamples,
    undefinedResamples: resamples - defined,
  };
}

/**
 * Paired bootstrap interval for the mean difference candidate − baseline over the same items
 * (stats.md §2.4): items are resampled as pairs, so the correlation between the two systems is kept.
 */
export function pairedBootstrap(
  baseline: readonly number[],
  candidate: readonly number[],
  options: BootstrapOptions,
): BootstrapEstimate {
  if (baseline.length !== candidate.length) {
    throw new RangeError(
      `paired bootstrap needs one score per item for both systems (${baseline.length} vs ${candidate.length})`,
    );
  }
  const differences = candidate.map((score, index) => score - baseline[index]!);
  return bootstrapInterval(
    differences.length,
    (indices) => {
      if (indices.length === 0) return Number.NaN;
      let sum = 0;
      for (const index of indices) sum += differences[index]!;
      return sum / indices.length;
    },
    options,
  );
}

/**
 * Percentile bootstrap interval of the mean of `values` (NaN for an empty resample), exactly as
 * `bootstrapInterval` with a summing statistic, and faster on large inputs: when the values take
 * few distinct numbers (rates, reciprocal ranks), each item is stored as a one- or two-byte code
 * into a table of those numbers, so the 2,000 x n random reads stay in cache. The same numbers are
 * added in the same order, so the result is identical to the bit.
 */
export function bootstrapMean(values: readonly number[], options: BootstrapOptions): BootstrapEstimate {
  const distinct = new Map<number, number>();
  for (const value of values) {
    if (!distinct.has(value)) distinct.set(value, distinct.size);
    if (distinct.size > 65536) break;
  }
  let statistic: (indices: Uint32Array) => number;
  if (distinct.size <= 65536) {
    const table = Float64Array.from(distinct.keys());
    const codes = distinct.size <= 256 ? new Uint8Array(values.length) : new Uint16Array(values.length);
    for (let index = 0; index < values.length; index++) codes[index] = distinct.get(values[index]!)!;
    statistic = (indices) => {
      let sum = 0;
      for (let index = 0; index < indices.length; index++) sum += table[codes[indices[index]!]!]!;
      return indices.length === 0 ? Number.NaN : sum / indices.length;
    };
  } else {
    const numbers = Float64Array.from(values);
    statistic = (indices) => {
      let sum = 0;
      for (let index = 0; index < indices.length; index++) sum += numbers[indices[index]!]!;
      return indices.length === 0 ? Number.NaN : sum / indices.length;
    };
  }
  return bootstrapInterval(values.length, statistic, options);
}
