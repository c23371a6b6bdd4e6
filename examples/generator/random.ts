import { type Random, seededRandom } from '../../src/stats/random.js';

/**
 * Seeded random draws for the example generator, on top of fixfirst's own seeded generator
 * (src/stats/random.ts, xoshiro128**), so every example is reproducible byte for byte. Never
 * Math.random: the same seed must always give the same files.
 */
export class SeededRandom {
  private readonly source: Random;

  /** Starts a stream from an integer seed. */
  constructor(private readonly seed: number) {
    this.source = seededRandom(seed);
  }

  /** An independent stream for one purpose, so adding draws in one part does not shift another. */
  fork(label: string): SeededRandom {
    return new SeededRandom(hashString(`${this.seed}:${label}`));
  }

  /** A float in [0, 1). */
  next(): number {
    return this.source();
  }

  /** An integer in [0, bound). */
  int(bound: number): number {
    return Math.floor(this.next() * bound);
  }

  /** An integer in [low, high], both included. */
  between(low: number, high: number): number {
    return low + this.int(high - low + 1);
  }

  /** True with probability `probability`. */
  chance(probability: number): boolean {
    return this.next() < probability;
  }

  /** One element of a non-empty list. */
  pick<T>(list: readonly T[]): T {
    if (list.length === 0) throw new RangeError('pick from an empty list');
    return list[this.int(list.length)]!;
  }

  /** One key of a weight table, drawn in proportion to its weight. */
  weighted<K extends string>(weights: Readonly<Record<K, number>>): K {
    const entries = Object.entries(weights) as [K, number][];
    const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
    let target = this.next() * total;
    for (const [key, weight] of entries) {
      target -= weight;
      if (target < 0) return key;
    }
    return entries.at(-1)![0];
  }

  /** A shuffled copy (Fisher–Yates). */
  shuffle<T>(list: readonly T[]): T[] {
    const copy = [...list];
    for (let index = copy.length - 1; index > 0; index--) {
      const other = this.int(index + 1);
      [copy[index], copy[other]] = [copy[other]!, copy[index]!];
    }
    return copy;
  }

  /** `count` distinct elements, in random order. */
  sample<T>(list: readonly T[], count: number): T[] {
    return this.shuffle(list).slice(0, count);
  }
}

/** FNV-1a: a stable 32-bit hash of a string, used to derive seeds from labels. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
