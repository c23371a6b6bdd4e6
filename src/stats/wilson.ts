import type { Estimate } from '../core/estimate.js';
import { normalQuantile } from './normal-quantile.js';

/**
 * Wilson score interval for k successes out of n (stats.md §2.1). With n = 0 the interval is
 * the whole [0, 1] and the value is NaN-free 0: nothing is known.
 */
export function wilson(k: number, n: number, alpha = 0.05): Estimate {
  if (n === 0) return { value: 0, low: 0, high: 1, method: 'wilson', k, n };
  const z = normalQuantile(1 - alpha / 2);
  const p = k / n;
  const denominator = 1 + (z * z) / n;
  const centre = (p + (z * z) / (2 * n)) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
  // At k = 0 and k = n the exact limits are 0 and 1; rounding would otherwise leave 1e-18.
  return {
    value: p,
    low: k === 0 ? 0 : Math.max(0, centre - half),
    high: k === n ? 1 : Math.min(1, centre + half),
    method: 'wilson',
    k,
    n,
  };
}
