import { combine32 } from './hash.js';

/**
 * Word k-gram shingles as 32-bit hashes, sorted and without repeats (a set). A text with fewer
 * than k words is one shingle of all its words (text-dedup drops such rows; a short row can still
 * duplicate another short row exactly, so it keeps one shingle). Empty text: no shingles.
 */
export function shingleSet(words: Uint32Array, k: number): Uint32Array {
  if (words.length === 0) return new Uint32Array(0);
  const count = Math.max(1, words.length - k + 1);
  const width = Math.min(k, words.length);
  const result = new Uint32Array(count);
  for (let start = 0; start < count; start++) {
    let h = 0x2545f491;
    for (let offset = 0; offset < width; offset++) h = combine32(h, words[start + offset]!);
    result[start] = h;
  }
  result.sort();
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
