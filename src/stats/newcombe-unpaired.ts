import type { Estimate } from '../core/estimate.js';
import { wilson } from './wilson.js';

/**
 * Interval for the difference of two independent proportions p1 − p2 (p1 = k1/n1, p2 = k2/n2):
 * Newcombe's hybrid score interval, method 10 of Newcombe (1998), "Interval estimation for the
 * difference between independent proportions: comparison of eleven methods", Stat Med 17:873–890.
 * It combines the two Wilson intervals by "square and add":
 *
 *   L = (p1 − p2) − sqrt((p1 − l1)² + (u2 − p2)²)
 *   U = (p1 − p2) + sqrt((u1 − p1)² + (p2 − l2)²)
 *
 * It keeps close to nominal coverage at small n and never leaves [−1, 1]. An empty group (n = 0)
 * has the Wilson interval [0, 1], so the difference is then honestly almost unconstrained.
 */
export function newcombeUnpaired(k1: number, n1: number, k2: number, n2: number, alpha = 0.05): Estimate {
  const first = wilson(k1, n1, alpha);
  const second = wilson(k2, n2, alpha);
  const difference = first.value - second.value;
  const low = difference - Math.hypot(first.value - first.low, second.high - second.value);
  const high = difference + Math.hypot(first.high - first.value, second.value - second.low);
  return {
    value: difference,
    low: Math.max(-1, low),
    high: Math.min(1, high),
    method: 'newcombe',
  };
}
