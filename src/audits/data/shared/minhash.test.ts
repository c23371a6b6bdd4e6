import { describe, expect, it } from 'vitest';
import { combine32, mix32 } from './hash.js';
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

  it("densifies exactly as walking each empty bin's probe sequence to its first filled bin", () => {
    // The straightforward formulation (as first written): the tables must not change a single value.
    const reference = (shingles: Uint32Array, size: number, seed: number) => {
      const binSeed = mix32(seed ^ 0x5bd1e995);
      const fillSeed = mix32(seed ^ 0x1b873593);
      const bins = new Uint32Array(size);
      const filled = new Uint8Array(size);
      for (const shingle of shingles) {
        const h = mix32(shingle ^ binSeed);
        const bin = Math.floor((h / 4294967296) * size);
        if (filled[bin] === 0 || h < bins[bin]!) {
          bins[bin] = h;
          filled[bin] = 1;
        }
      }
      for (let bin = 0; bin < size; bin++) {
        if (filled[bin] === 1) continue;
        let source = -1;
        for (let attempt = 1; source === -1; attempt++) {
          const candidate = mix32(combine32(bin, attempt) ^ fillSeed) % size;
          if (filled[candidate] === 1) source = candidate;
        }
        bins[bin] = bins[source]!;
      }
      return bins;
    };
    for (const [size, seed] of [
      [128, 42],
      [120, 43],
      [7, 1],
      [1100, 5], // longer than the tables: probed on the fly
    ] as const) {
      const hasher = new MinHasher(size, seed);
      // 1 to 300 shingles: from one filled bin (walks of ~size steps) to nearly all bins filled.
      for (const length of size > 1000 ? [3, 300] : [1, 2, 3, 5, 8, 11, 12, 20, 40, 90, 300]) {
        const shingles = Uint32Array.from({ length }, (_, index) => mix32(length * 7919 + index));
        expect(hasher.signature(shingles)).toEqual(reference(shingles, size, seed));
      }
    }
  });

  it('signs the words of a row as the set of their shingles (the inlined rolling hash agrees)', () => {
    const hasher = new MinHasher(128, 9);
    for (const length of [0, 1, 4, 5, 6, 40]) {
      const words = Uint32Array.from({ length }, (_, index) => mix32(index * 31 + length));
      const viaSet = length === 0 ? undefined : hasher.signature(shingleSet(words, 5));
      expect(hasher.signatureOfWords(words)?.slice()).toEqual(viaSet);
    }
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
