import type { BoilerplateLines, FinishTools, TrainingExample } from '../../../core/data-audit.js';
import { GrowableUint32 } from './growable.js';
import { candidatePairs } from './lsh-pairs.js';
import { bandKeys, MinHasher } from './minhash.js';
import { jaccard, shingleSet } from './shingles.js';

/** MinHash LSH parameters. */
export interface LshParameters {
  bands: number;
  rowsPerBand: number;
  shingleWords: number;
  seed: number;
}

/** A verified pair: a later row, an earlier row, and their exact Jaccard similarity. */
export interface SimilarPair {
  later: number;
  earlier: number;
  similarity: number;
}

/** The words of the part of an example that is compared, template lines left out. */
export type WordsOf = (example: TrainingExample, boilerplate: BoilerplateLines) => Uint32Array;

/**
 * Finds rows whose words (as `wordsOf` picks them, template lines left out) are similar to an earlier
 * row's: seeded MinHash signatures with LSH banding during the first pass (band keys only, 4 bytes
 * per band per row), then candidates verified by exact Jaccard over word shingles of the reread
 * rows. Shared by the near-duplicate and conflicting-target audits.
 */
export class SimilarRows {
  private readonly hasher: MinHasher;
  private bandColumns: GrowableUint32[];
  private rowIds = new GrowableUint32();

  constructor(
    private readonly parameters: LshParameters,
    private readonly wordsOf: WordsOf,
  ) {
    this.hasher = new MinHasher(
      parameters.bands * parameters.rowsPerBand,
      parameters.seed,
      parameters.shingleWords,
    );
    this.bandColumns = Array.from({ length: parameters.bands }, () => new GrowableUint32());
  }

  /** The shingle set of an example's compared words. */
  shingles(example: TrainingExample, boilerplate: BoilerplateLines): Uint32Array {
    return shingleSet(this.wordsOf(example, boilerplate), this.parameters.shingleWords);
  }

  private readonly keys = new Uint32Array(64);

  /** Adds one row's signature (first pass). */
  add(example: TrainingExample, boilerplate: BoilerplateLines): void {
    const signature = this.hasher.signatureOfWords(this.wordsOf(example, boilerplate));
    if (signature === undefined) return;
    const { bands, rowsPerBand } = this.parameters;
    const keys = bandKeys(signature, bands, rowsPerBand, bands <= 64 ? this.keys : undefined);
    for (let band = 0; band < bands; band++) this.bandColumns[band]!.push(keys[band]!);
    this.rowIds.push(example.row);
  }

  /**
   * Verified pairs at or above `threshold`. When the whole-file boilerplate differs from the one
   * used in the first pass, signatures are computed again from a reread (same result as two passes).
   * `extra` receives each reread example of a candidate row (to keep what the caller needs).
   */
  async pairs(
    tools: FinishTools,
    threshold: number,
    extra?: (example: TrainingExample) => void,
    additional: readonly [number, number][] = [],
  ): Promise<{ pairs: SimilarPair[]; candidates: number }> {
    if (tools.boilerplateChanged) {
      this.bandColumns = Array.from({ length: this.parameters.bands }, () => new GrowableUint32());
      this.rowIds = new GrowableUint32();
      await tools.reread('all', (row) => {
        if (row.example !== undefined) this.add(row.example, tools.boilerplate);
      });
    }
    const bandsDone = tools.step('finding candidate pairs', this.parameters.bands, 'bands');
    const candidates = candidatePairs(this.bandColumns, this.rowIds, bandsDone);
    bandsDone(this.parameters.bands);
    for (const [later, earlier] of additional) {
      let set = candidates.get(later);
      if (set === undefined) {
        set = new Set();
        candidates.set(later, set);
      }
      set.add(earlier);
    }
    const needed = new Set<number>();
    let candidateCount = 0;
    for (const [later, earlier] of candidates) {
      needed.add(later);
      for (const row of earlier) needed.add(row);
      candidateCount += earlier.size;
    }
    if (needed.size === 0) return { pairs: [], candidates: 0 };
    const sets = new Map<number, Uint32Array>();
    await tools.reread(needed, (row) => {
      if (row.example === undefined) return;
      sets.set(row.row, this.shingles(row.example, tools.boilerplate));
      extra?.(row.example);
    });
    const pairs: SimilarPair[] = [];
    const verified = tools.step('verifying candidate pairs', candidateCount, 'pairs');
    let done = 0;
    let laterRows = 0;
    for (const [later, earlier] of candidates) {
      if ((++laterRows & 255) === 0) verified(done);
      done += earlier.size;
      const laterSet = sets.get(later);
      if (laterSet === undefined) continue;
      for (const row of earlier) {
        const earlierSet = sets.get(row);
        if (earlierSet === undefined) continue;
        const similarity = jaccard(laterSet, earlierSet);
        if (similarity >= threshold) pairs.push({ later, earlier: row, similarity });
      }
    }
    verified(done);
    pairs.sort((a, b) => a.later - b.later || a.earlier - b.earlier);
    return { pairs, candidates: candidateCount };
  }
}
