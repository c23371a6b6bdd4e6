/**
 * Seeded pseudo-random numbers, so that every resampling result (bootstrap intervals, shuffles) is
 * reproducible from its seed. The generator is xoshiro128** (Blackman & Vigna 2018, reference C code
 * at https://prng.di.unimi.it/xoshiro128starstar.c): 128 bits of state, period 2^128 − 1, passes
 * BigCrush, and needs only 32-bit integer arithmetic, which JavaScript does exactly.
 */

/**
 * A source of uniform numbers in [0, 1). Pure code takes one of these instead of calling Math.random.
 * A generator may also fill a whole array with resampling indices at once (`fillIndices`): exactly
 * the numbers `Math.floor(random() * n)` would give, in one loop instead of a call per draw, which is
 * most of a bootstrap's time before V8 has optimised it.
 */
export type Random = (() => number) & {
  fillIndices?: (target: Uint32Array, n: number) => void;
};

/**
 * xoshiro128** (reference C code at https://prng.di.unimi.it/xoshiro128starstar.c) from an explicit
 * 128-bit state (four unsigned 32-bit words, not all zero): `next` returns the next unsigned 32-bit
 * output exactly as the reference does; `fillIndices` draws `Math.floor(next() / 2^32 * n)` into
 * each slot of an array, advancing the same state. The state is held as signed 32-bit integers (the
 * same bits): V8 keeps those unboxed, where unsigned values above 2^31 become heap numbers, which
 * made bootstrap resampling several times slower.
 */
export function xoshiro128StarStar(state: readonly [number, number, number, number]): {
  next: () => number;
  fillIndices: (target: Uint32Array, n: number) => void;
} {
  let [s0, s1, s2, s3] = state.map((word) => word | 0) as [number, number, number, number];
  if ((s0 | s1 | s2 | s3) === 0) s0 = 1; // the all-zero state is the one fixed point of the recurrence
  const next = () => {
    const times5 = Math.imul(s1, 5);
    const result = Math.imul((times5 << 7) | (times5 >>> 25), 9) >>> 0;
    const shifted = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= shifted;
    s3 = (s3 << 11) | (s3 >>> 21);
    return result;
  };
  // One loop over the array, not a call of `Random` per index (two closures deep).
  const fillIndices = (target: Uint32Array, n: number) => {
    for (let index = 0; index < target.length; index++) target[index] = Math.floor((next() / 4294967296) * n);
  };
  return { next, fillIndices };
}

/**
 * A reproducible `Random` from an integer seed. The seed is spread over the 128-bit state with
 * SplitMix32 (golden-ratio increment and the MurmurHash3 finaliser), as the xoshiro authors advise
 * for seeding from a small number, so that nearby seeds give unrelated streams.
 */
export function seededRandom(seed: number): Random {
  let counter = Math.trunc(seed) >>> 0;
  const splitMix = () => {
    counter = (counter + 0x9e3779b9) >>> 0;
    let mixed = counter;
    mixed = Math.imul(mixed ^ (mixed >>> 16), 0x85ebca6b);
    mixed = Math.imul(mixed ^ (mixed >>> 13), 0xc2b2ae35);
    return (mixed ^ (mixed >>> 16)) >>> 0;
  };
  const { next, fillIndices } = xoshiro128StarStar([splitMix(), splitMix(), splitMix(), splitMix()]);
  // 32 random bits are plenty for resampling indices; 2^32 keeps the result strictly below 1.
  return Object.assign(() => next() / 4294967296, { fillIndices });
}

/**
 * mulberry32 (Tommy Ettinger, 2017): 32 bits of state, one multiply-xorshift step per draw. Weaker
 * than `seededRandom` (period 2^32), but tiny and fast; it is what the data audits' sampling and the
 * test and benchmark fixtures were built on, so their pinned outputs depend on it staying exactly
 * this. New code should use `seededRandom`.
 */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
