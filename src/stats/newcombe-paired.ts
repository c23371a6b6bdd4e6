import type { Estimate } from '../core/estimate.js';
import { type PairedTable, tableSize } from './mcnemar.js';
import { wilson } from './wilson.js';

/**
 * Newcombe's square-and-add interval for a paired difference of proportions (Newcombe 1998,
 * method 10; stats.md §2.3), oriented as the lift of B over A: p_B − p_A = (onlyB − onlyA)/n.
 * Built from the two Wilson intervals with the φ-correction for the pairing, so it stays inside
 * [−1, 1] and keeps near-nominal coverage at small n, where Wald limits do not.
 */
export function newcombePaired(table: PairedTable, alpha = 0.05): Estimate {
  const n = tableSize(table);
  if (n === 0) return { value: 0, low: -1, high: 1, method: 'newcombe-paired', n: 0 };
  // Newcombe writes the difference as p1 − p2 with p1 = (a+b)/n; putting B's right answers in
  // the `b` role gives p1 = p_B, p2 = p_A, i.e. the lift.
  const a = table.bothRight;
  const b = table.onlyB;
  const c = table.onlyA;
  const e = table.bothWrong;
  const p1 = (a + b) / n;
  const p2 = (a + c) / n;
  const estimate = p1 - p2;
  const first = wilson(a + b, n, alpha);
  const second = wilson(a + c, n, alpha);
  const product = (a + b) * (c + e) * (a + c) * (b + e);
  const crossDifference = a * e - b * c;
  let phi = 0;
  if (product > 0) {
    if (crossDifference > n / 2) phi = (crossDifference - n / 2) / Math.sqrt(product);
    else if (crossDifference < 0) phi = crossDifference / Math.sqrt(product);
  }
  const lowerOne = p1 - first.low;
  const upperTwo = second.high - p2;
  const lowerTwo = p2 - second.low;
  const upperOne = first.high - p1;
  const low =
    estimate - Math.sqrt(Math.max(0, lowerOne ** 2 + upperTwo ** 2 - 2 * phi * lowerOne * upperTwo));
  const high =
    estimate + Math.sqrt(Math.max(0, lowerTwo ** 2 + upperOne ** 2 - 2 * phi * lowerTwo * upperOne));
  return { value: estimate, low: Math.max(-1, low), high: Math.min(1, high), method: 'newcombe-paired', n };
}
