import type { BoilerplateLines } from '../../../core/data-audit.js';
import { hashLine, type RowFeatures } from './row-features.js';

/** Words of the seen-once bitset kept in a Map before it becomes a dense 8 MB array. */
const sparseWords = 1 << 16;

/**
 * Counts in how many rows each line occurs, in bounded memory, with lossy counting (Manku &
 * Motwani 2002): counts are at most `epsilon x rows` too low (plus one too high on a rare bitset
 * collision). Lines are keyed by a 32-bit hash of their words.
 */
export class LineFrequency {
  private readonly counts = new Map<number, { count: number; delta: number; text: string | undefined }>();
  private readonly width: number;
  rows = 0;

  /** `epsilon`: the largest undercount, as a share of rows (0.1% by default). */
  constructor(epsilon = 0.001) {
    this.width = Math.ceil(1 / epsilon);
  }

  /**
   * Lines seen once (a bitset of 2^26 hash bits): a line enters the counts on its second row. The
   * bitset is 8 MB; a small file touches a few thousand of its words, so they are kept in a Map
   * until there are `sparseWords` of them (zeroing and faulting in 8 MB costs more than a small
   * audit's whole line count). Same bits either way.
   */
  private seen: Uint32Array | undefined;
  private sparseSeen: Map<number, number> | undefined = new Map();

  /** Sets the bit of `key`; returns whether it was set before. */
  private testAndSet(key: number): boolean {
    const slot = (key >>> 5) & 0x1fffff;
    const bit = 1 << (key & 31);
    const sparse = this.sparseSeen;
    if (sparse !== undefined) {
      const word = sparse.get(slot) ?? 0;
      if ((word & bit) !== 0) return true;
      sparse.set(slot, word | bit);
      if (sparse.size > sparseWords) {
        const seen = new Uint32Array(1 << 21);
        for (const [index, bits] of sparse) seen[index] = bits;
        this.seen = seen;
        this.sparseSeen = undefined;
      }
      return false;
    }
    const seen = this.seen!;
    if ((seen[slot]! & bit) !== 0) return true;
    seen[slot] = seen[slot]! | bit;
    return false;
  }

  /** Adds one row's lines (each counted once per row; lines without words never). */
  addLines(hashes: ArrayLike<number>, textOf: (index: number) => string): void {
    this.rows++;
    const bucket = Math.ceil(this.rows / this.width);
    const many = hashes.length > 32 ? new Set<number>() : undefined;
    for (let index = 0; index < hashes.length; index++) {
      const key = hashes[index]!;
      if (key === 0) continue;
      if (many !== undefined) {
        if (many.has(key)) continue;
        many.add(key);
      } else {
        let repeated = false;
        for (let earlier = 0; earlier < index && !repeated; earlier++) repeated = hashes[earlier] === key;
        if (repeated) continue;
      }
      const entry = this.counts.get(key);
      if (entry !== undefined) {
        entry.count++;
        entry.text ??= textOf(index);
        continue;
      }
      // Most lines occur once: remember them in the bitset and count them from their second row on
      // (counted as 2 then: at most one too many when two lines share a bit).
      if (!this.testAndSet(key)) continue;
      this.counts.set(key, { count: 2, delta: bucket - 1, text: textOf(index) });
    }
    if (this.rows % this.width === 0) {
      for (const [key, entry] of this.counts) {
        if (entry.count + entry.delta <= bucket) this.counts.delete(key);
      }
    }
  }

  /** Adds one row from its features. */
  addRow(features: RowFeatures): void {
    this.addLines(features.lineHashes, (line) => features.lineText(line));
  }

  /** Adds one row given as texts (eval items). */
  addTexts(texts: readonly string[]): void {
    const lines = texts.flatMap((text) => text.split('\n'));
    this.addLines(
      lines.map((line) => hashLine(line)),
      (index) => lines[index]!.trim(),
    );
  }

  /** Lines in at least `share` of the rows and at least `minRows` rows. */
  frequent(share: number, minRows: number): BoilerplateLines {
    const threshold = Math.max(minRows, Math.ceil(share * this.rows));
    const hashes = new Set<number>();
    const samples: string[] = [];
    for (const [key, entry] of this.counts) {
      if (entry.count + entry.delta >= threshold) {
        hashes.add(key);
        if (samples.length < 5 && entry.text !== undefined) samples.push(entry.text);
      }
    }
    return boilerplateFrom(hashes, samples);
  }
}

/** A boilerplate filter from a set of line hashes. */
export function boilerplateFrom(hashes: ReadonlySet<number>, samples: readonly string[]): BoilerplateLines {
  return {
    count: hashes.size,
    samples,
    hashes,
    strip(text) {
      if (hashes.size === 0) return text;
      const kept: string[] = [];
      for (const line of text.split('\n')) {
        const hash = hashLine(line);
        if (hash !== 0 && !hashes.has(hash)) kept.push(line);
      }
      return kept.join('\n');
    },
  };
}

/** True when two boilerplate filters strip the same lines. */
export function sameBoilerplate(a: BoilerplateLines, b: BoilerplateLines): boolean {
  if (a.hashes.size !== b.hashes.size) return false;
  for (const hash of a.hashes) if (!b.hashes.has(hash)) return false;
  return true;
}
