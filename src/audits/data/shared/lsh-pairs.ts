import type { GrowableUint32 } from './growable.js';

/** Sorts `rows` by `keys` (both the same length) with a stable LSD radix sort on 32-bit keys. */
function radixSortByKey(keys: Uint32Array, rows: Uint32Array): void {
  const length = keys.length;
  let sourceKeys: Uint32Array = keys;
  let sourceRows: Uint32Array = rows;
  let targetKeys: Uint32Array = new Uint32Array(length);
  let targetRows: Uint32Array = new Uint32Array(length);
  const counts = new Uint32Array(256);
  for (let shift = 0; shift < 32; shift += 8) {
    counts.fill(0);
    for (let index = 0; index < length; index++) counts[(sourceKeys[index]! >>> shift) & 0xff]!++;
    let total = 0;
    for (let bucket = 0; bucket < 256; bucket++) {
      const count = counts[bucket]!;
      counts[bucket] = total;
      total += count;
    }
    for (let index = 0; index < length; index++) {
      const key = sourceKeys[index]!;
      const position = counts[(key >>> shift) & 0xff]!++;
      targetKeys[position] = key;
      targetRows[position] = sourceRows[index]!;
    }
    [sourceKeys, targetKeys] = [targetKeys, sourceKeys];
    [sourceRows, targetRows] = [targetRows, sourceRows];
  }
  // Four passes: the sorted data is back in the arrays passed in.
}

/**
 * Candidate pairs from LSH band keys: per band, rows are sorted by key, and each row of a run of
 * equal keys is paired with the run's first row (a star, not all pairs: a cluster of 1,000 copies
 * gives 999 pairs, not 500,000). Returns a map from each later row to the earlier rows it may
 * duplicate. `onBand` hears how many bands are done (for progress).
 */
export function candidatePairs(
  bandKeyColumns: readonly GrowableUint32[],
  rowIds: GrowableUint32,
  onBand?: (bandsDone: number) => void,
): Map<number, Set<number>> {
  const pairs = new Map<number, Set<number>>();
  const count = rowIds.length;
  for (const [band, column] of bandKeyColumns.entries()) {
    onBand?.(band);
    const keys = Uint32Array.from(column.view());
    const rows = Uint32Array.from(rowIds.view());
    radixSortByKey(keys, rows);
    let runStart = 0;
    for (let index = 1; index <= count; index++) {
      if (index < count && keys[index] === keys[runStart]) continue;
      if (index - runStart > 1) {
        // Rows were pushed in file order and the sort is stable, so the run's first row is the earliest.
        const first = rows[runStart]!;
        for (let member = runStart + 1; member < index; member++) {
          const later = rows[member]!;
          let set = pairs.get(later);
          if (set === undefined) {
            set = new Set();
            pairs.set(later, set);
          }
          set.add(first);
        }
      }
      runStart = index;
    }
  }
  return pairs;
}
