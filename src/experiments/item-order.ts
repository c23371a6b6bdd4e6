/**
 * Seeded item order for the live experiments. stats.md §3.5: items are processed in a random order
 * fixed in advance (a random permutation of an i.i.d. sample is still i.i.d.), with a logged seed,
 * so sequential looks stay valid and a rerun asks for exactly the same calls (all cached).
 */

/** Uniform numbers in [0, 1) from a seed (mulberry32; statistical quality is ample for shuffling). */
export function seededUniform(seed: number): () => number {
  let state = Math.trunc(seed) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

/** A Fisher–Yates permutation of 0..count−1. */
export function shuffledIndices(count: number, random: () => number): number[] {
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
