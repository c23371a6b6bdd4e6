import { combine32, mix32 } from './hash.js';
import { forEachShingle } from './shingles.js';

/**
 * Seeded MinHash signatures by one-permutation hashing with optimal densification (Li, Owen &
 * Zhang 2012; Shrivastava 2017). One hash per shingle picks a bin and a value, each bin keeps its
 * minimum, and empty bins borrow the value of a bin chosen by a seeded hash of (bin, attempt).
 * Each signature position then collides for two sets with probability equal to their Jaccard
 * similarity, as classic k-permutation MinHash, so LSH banding applies unchanged. It costs one hash
 * per shingle instead of one per shingle and permutation: 100x less work at 128 positions, which
 * is what makes a million rows fit in the time budget (measured in bench/audit.bench.ts).
 */
export class MinHasher {
  private readonly binSeed: number;
  /** For each bin, the bins its densification probes in order (the first `probeDepth` attempts). */
  private readonly probes: Uint16Array;
  private readonly fillSeed: number;
  private readonly bins: Uint32Array;
  private readonly filled: Uint8Array;

  constructor(
    /** Signature length (bands x rows per band). */
    readonly size: number,
    seed: number,
    private readonly shingleWords = 5,
  ) {
    this.binSeed = mix32(seed ^ 0x5bd1e995);
    this.fillSeed = mix32(seed ^ 0x1b873593);
    this.probes = new Uint16Array(size * probeDepth);
    for (let bin = 0; bin < size; bin++) {
      for (let attempt = 1; attempt <= probeDepth; attempt++)
        this.probes[bin * probeDepth + attempt - 1] = this.probe(bin, attempt);
    }
    this.bins = new Uint32Array(size);
    this.filled = new Uint8Array(size);
  }

  private probe(bin: number, attempt: number): number {
    return mix32(combine32(bin, attempt) ^ this.fillSeed) % this.size;
  }

  /** The signature of a shingle set (or of the shingles of `words`); undefined when empty. */
  signature(shingles: Uint32Array): Uint32Array | undefined {
    this.reset();
    for (let index = 0; index < shingles.length; index++) this.add(shingles[index]!);
    return this.finish()?.slice();
  }

  /** The signature of the word k-gram shingles of `words`, without building the set (the hot path). */
  signatureOfWords(words: Uint32Array): Uint32Array | undefined {
    this.reset();
    forEachShingle(words, this.shingleWords, (hash) => this.add(hash));
    return this.finish();
  }

  private count = 0;

  private reset(): void {
    this.filled.fill(0);
    this.count = 0;
  }

  private add(shingle: number): void {
    const h = mix32(shingle ^ this.binSeed);
    const bin = Math.floor((h / 4294967296) * this.size);
    if (this.filled[bin] === 0 || h < this.bins[bin]!) {
      this.bins[bin] = h;
      this.filled[bin] = 1;
    }
    this.count++;
  }

  /** Densifies and returns the bins (a view, valid until the next signature), or undefined when empty. */
  private finish(): Uint32Array | undefined {
    if (this.count === 0) return undefined;
    const { bins, filled, size, probes } = this;
    for (let bin = 0; bin < size; bin++) {
      if (filled[bin] === 1) continue;
      let source = -1;
      for (let attempt = 1; source === -1; attempt++) {
        const candidate =
          attempt <= probeDepth ? probes[bin * probeDepth + attempt - 1]! : this.probe(bin, attempt);
        if (filled[candidate] === 1) source = candidate;
      }
      // Borrow from a bin filled by a shingle (not by densification), as Shrivastava 2017.
      bins[bin] = bins[source]!;
    }
    return bins;
  }
}

/** Densification attempts precomputed per bin (more are computed on the fly: rare). */
const probeDepth = 16;

/** One 32-bit key per LSH band: rows that share any band key become candidate pairs. */
export function bandKeys(
  signature: Uint32Array,
  bands: number,
  rowsPerBand: number,
  out = new Uint32Array(bands),
): Uint32Array {
  for (let band = 0; band < bands; band++) {
    let h = 0x3c6ef372 ^ band;
    const start = band * rowsPerBand;
    for (let offset = 0; offset < rowsPerBand; offset++)
      h = Math.imul(h ^ signature[start + offset]!, 0x01000193);
    out[band] = mix32(h);
  }
  return out;
}

/** Probability that a pair with Jaccard `similarity` shares at least one band: 1 - (1 - s^r)^b. */
export function candidateProbability(similarity: number, bands: number, rowsPerBand: number): number {
  return 1 - (1 - similarity ** rowsPerBand) ** bands;
}
