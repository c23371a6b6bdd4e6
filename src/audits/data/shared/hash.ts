/**
 * Fast seeded 32-bit hashing of strings and integers (MurmurHash3's mixing), for hash tables,
 * shingles and MinHash. Not cryptographic; collisions are rare enough for 10^6-row sets when two
 * independent 32-bit hashes are combined (about 10^-7 for a million rows).
 */

/** MurmurHash3's 32-bit finaliser: a bijection on 32-bit integers that mixes every bit. */
export function mix32(value: number): number {
  let x = value | 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/** Seeded 32-bit hash of a string's UTF-16 code units. */
export function hashString(text: string, seed = 0): number {
  let h = seed ^ 0x9747b28c;
  const length = text.length;
  for (let index = 0; index < length; index++) {
    let k = text.charCodeAt(index);
    k = Math.imul(k, 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    k = Math.imul(k, 0x1b873593);
    h ^= k;
    h = (h << 13) | (h >>> 19);
    h = (Math.imul(h, 5) + 0xe6546b64) | 0;
  }
  return mix32(h ^ length);
}

/** Combines two 32-bit hashes into one (order matters). */
export function combine32(a: number, b: number): number {
  return mix32((Math.imul(a, 0x9e3779b1) ^ b) + 0x7f4a7c15);
}
