import { combine32, mix32 } from './hash.js';

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
  private readonly fillSeed: number;

  constructor(
    /** Signature length (bands x rows per band). */
    readonly size: number,
    seed: number,
  ) {
    this.binSeed = mix32(seed ^ 0x5bd1e995);
    this.fillSeed = mix32(seed ^ 0x1b873593);
  }

  /** The signature of a shingle set; undefined for an empty set. */
  signature(shingles: Uint32Array): Uint32Array | undefined {
    if (shingles.length === 0) return undefined;
    const size = this.size;
    const bins = new Uint32Array(size).fill(0xffffffff);
    const filled = new Uint8Array(size);
    for (let index = 0; index < shingles.length; index++) {
      const h = mix32(shingles[index]! ^ this.binSeed);
      const bin = Math.floor((h / 4294967296) * size);
      if (h < bins[bin]! || filled[bin] === 0) {
        bins[bin] = h;
        filled[bin] = 1;
      }
    }
    for (let bin = 0; bin < size; bin++) {
      if (filled[bin] === 1) continue;
      for (let attempt = 1; ; attempt++) {
        const source = mix32(combine32(bin, attempt) ^ this.fillSeed) % size;
        if (filled[source] === 1) {
          bins[bin] = bins[source]!;
          break;
        }
      }
    }
    return bins;
  }
}

/** One 32-bit key per LSH band: rows that share any band key become candidate pairs. */
export function bandKeys(signature: Uint32Array, bands: number, rowsPerBand: number): Uint32Array {
  const keys = new Uint32Array(bands);
  for (let band = 0; band < bands; band++) {
    let h = mix32(band + 0x3c6ef372);
    const start = band * rowsPerBand;
    for (let offset = 0; offset < rowsPerBand; offset++) h = combine32(h, signature[start + offset]!);
    keys[band] = h;
  }
  return keys;
}

/** Probability that a pair with Jaccard `similarity` shares at least one band: 1 - (1 - s^r)^b. */
export function candidateProbability(similarity: number, bands: number, rowsPerBand: number): number {
  return 1 - (1 - similarity ** rowsPerBand) ** bands;
}
