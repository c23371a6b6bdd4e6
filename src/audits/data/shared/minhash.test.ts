import { describe, expect, it } from 'vitest';
import { bandKeys, candidateProbability, MinHasher } from './minhash.js';
import { jaccard, shingleSet } from './shingles.js';

/** Two sets of `size` with exactly `shared` elements in common. */
function sets(size: number, shared: number, offset: number): [Uint32Array, Uint32Array] {
  const a = Uint32Array.from({ length: size }, (_, index) => offset + index);
  const b = Uint32Array.from({ length: size }, (_, index) =>
    index < shared ? offset + index : offset + 100_000 + index,
  );
  return [a.sort(), b.sort()];
}

describe('MinHash (one-permutation hashing with optimal densification)', () => {
  it('is deterministic for a seed and differs across seeds', () => {
    const [a] = sets(50, 50, 1);
    expect(new MinHasher(128, 1).signature(a)).toEqual(new MinHasher(128, 1).signature(a));
    expect(new MinHasher(128, 1).signature(a)).not.toEqual(new MinHasher(128, 2).signature(a));
  });

  it('agrees per position with probability close to the Jaccard similarity', () => {
    const hasher = new MinHasher(128, 42);
    for (const [size, shared] of [
      [100, 90],
      [100, 60],
      [40, 10],
      [8, 6],
    ] as const) {
      let agree = 0;
      let total = 0;
      for (let trial = 0; trial < 40; trial++) {
        const [a, b] = sets(size, shared, trial * 1_000_000);
        const left = hasher.signature(a)!;
        const right = hasher.signature(b)!;
        for (let index = 0; index < 128; index++) if (left[index] === right[index]) agree++;
        total += 128;
      }
      const expected = jaccard(...sets(size, shared, 0));
      // 5,120 positions: the standard error is at most 0.007; allow 4 of them.
      expect(Math.abs(agree / total - expected)).toBeLessThan(0.03);
    }
  });

  it('gives identical sets identical band keys, and an empty set no signature', () => {
    const [a] = sets(20, 20, 5);
    const signature = new MinHasher(128, 7).signature(a)!;
    expect(bandKeys(signature, 16, 8)).toEqual(
      bandKeys(new MinHasher(128, 7).signature(Uint32Array.from(a))!, 16, 8),
    );
    expect(new MinHasher(128, 7).signature(new Uint32Array(0))).toBeUndefined();
  });

  it('candidate probability follows the S-curve 1 - (1 - s^r)^b', () => {
    expect(candidateProbability(0.8, 16, 8)).toBeCloseTo(0.947, 3);
    expect(candidateProbability(0.8, 9, 13)).toBeCloseTo(0.399, 3);
  });
});

describe('shingles and Jaccard', () => {
  it('builds word k-gram sets and measures exact Jaccard', () => {
    const words = (text: string) =>
      Uint32Array.from(text.split(' ').map((word) => word.length * 1000 + word.charCodeAt(0)));
    const a = shingleSet(words('a bb ccc dddd eeeee ffffff'), 5);
    const b = shingleSet(words('a bb ccc dddd eeeee gggggg'), 5);
    expect(a.length).toBe(2);
    expect(jaccard(a, b)).toBeCloseTo(1 / 3, 10);
    expect(shingleSet(words('a bb'), 5).length).toBe(1);
    expect(jaccard(new Uint32Array(0), new Uint32Array(0))).toBe(1);
  });
});
