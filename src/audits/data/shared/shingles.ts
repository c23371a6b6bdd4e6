/** Base of the rolling polynomial hash over word hashes (shared with `MinHasher`'s inlined copy). */
export const shingleBase = 0x01000193;

/**
 * Calls `visit` with the hash of every word k-gram (a rolling polynomial over the word hashes,
 * repeats included). A text with fewer than k words is one shingle of all its words (text-dedup
 * drops such rows; a short row can still duplicate another short row exactly). No words: none.
 */
export function forEachShingle(words: Uint32Array, k: number, visit: (hash: number) => void): void {
  const width = Math.min(k, words.length);
  if (width === 0) return;
  let power = 1;
  for (let index = 0; index < width; index++) power = Math.imul(power, shingleBase);
  let h = 0;
  for (let index = 0; index < words.length; index++) {
    h = (Math.imul(h, shingleBase) + words[index]!) | 0;
    if (index >= width) h = (h - Math.imul(words[index - width]!, power)) | 0;
    if (index + 1 >= width) visit(h >>> 0);
  }
}

/** The set of word k-gram shingle hashes: sorted, without repeats. */
export function shingleSet(words: Uint32Array, k: number): Uint32Array {
  const hashes: number[] = [];
  forEachShingle(words, k, (hash) => hashes.push(hash));
  const result = Uint32Array.from(hashes).sort();
  let unique = 0;
  for (let index = 0; index < result.length; index++) {
    if (index === 0 || result[index] !== result[unique - 1]) result[unique++] = result[index]!;
  }
  return result.subarray(0, unique);
}

/** Exact Jaccard similarity of two sorted, repeat-free sets. Two empty sets: 1. */
export function jaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 && b.length === 0) return 1;
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared / (a.length + b.length - shared);
}
