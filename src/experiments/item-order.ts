import type { Random } from '../stats/random.js';

/**
 * Seeded item order for the live experiments. stats.md §3.5: items are processed in a random order
 * fixed in advance (a random permutation of an i.i.d. sample is still i.i.d.), with a logged seed,
 * so sequential looks stay valid and a rerun asks for exactly the same calls (all cached).
 * Randomness comes from src/stats/random.ts (seeded xoshiro128**).
 */

/** A Fisher–Yates permutation of 0..count−1. */
export function shuffledIndices(count: number, random: Random): number[] {
  const order = Array.from({ length: count }, (_, index) => index);
  for (let index = count - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [order[index], order[other]] = [order[other]!, order[index]!];
  }
  return order;
}

/**
 * Splits an order into a search part (used to screen prompt rewrites) and a held-out part never
 * used in the search (evidence-cost.md §1.7): a third for search, at least 10 and at most 50 items
 * when there are enough, so the confirmation keeps most items.
 */
export function searchSplit(order: readonly number[]): { search: number[]; heldOut: number[] } {
  const size = Math.min(
    50,
    Math.max(Math.min(10, Math.floor(order.length / 2)), Math.floor(order.length / 3)),
  );
  return { search: order.slice(0, size), heldOut: order.slice(size) };
}
