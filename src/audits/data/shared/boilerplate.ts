import type { BoilerplateLines } from '../../../core/data-audit.js';
import { hashString } from './hash.js';

/** The trimmed, non-empty lines of a text. */
function linesOf(text: string): string[] {
  const result: string[] = [];
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed !== '') result.push(trimmed);
  }
  return result;
}

/**
 * Counts in how many rows each line occurs, in bounded memory, with lossy counting (Manku &
 * Motwani 2002): counts are exact for lines seen from their first occurrence on and at most
 * `epsilon x rows` too low otherwise. Lines are keyed by a 32-bit hash.
 */
export class LineFrequency {
  private readonly counts = new Map<number, { count: number; delta: number; text: string }>();
  private readonly width: number;
  rows = 0;

  /** `epsilon`: the largest undercount, as a share of rows (0.1% by default). */
  constructor(epsilon = 0.001) {
    this.width = Math.ceil(1 / epsilon);
  }

  /** Adds one row's texts (each line counted once per row). */
  addRow(texts: readonly string[]): void {
    this.rows++;
    const bucket = Math.ceil(this.rows / this.width);
    const seen = new Set<number>();
    for (const text of texts) {
      for (const line of linesOf(text)) {
        const key = hashString(line);
        if (seen.has(key)) continue;
        seen.add(key);
        const entry = this.counts.get(key);
        if (entry === undefined) this.counts.set(key, { count: 1, delta: bucket - 1, text: line });
        else entry.count++;
      }
    }
    if (this.rows % this.width === 0) {
      for (const [key, entry] of this.counts) {
        if (entry.count + entry.delta <= bucket) this.counts.delete(key);
      }
    }
  }

  /** Lines in at least `share` of the rows and at least `minRows` rows. */
  frequent(share: number, minRows: number): BoilerplateLines {
    const threshold = Math.max(minRows, Math.ceil(share * this.rows));
    const hashes = new Set<number>();
    const samples: string[] = [];
    for (const [key, entry] of this.counts) {
      if (entry.count + entry.delta >= threshold) {
        hashes.add(key);
        if (samples.length < 5) samples.push(entry.text);
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
        const trimmed = line.trim();
        if (trimmed !== '' && !hashes.has(hashString(trimmed))) kept.push(line);
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
