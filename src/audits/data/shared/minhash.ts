import { combine32, mix32 } from './hash.js';
import { shingleBase } from './shingles.js';

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
  /**
   * Per bin, the bins its densification probe sequence visits, each listed once, in the order of
   * their first visit (`size` entries per bin when the sequence reached every bin).
   */
  private readonly order: Uint16Array;
  /** Per bin and target bin, the position of the target in `order` (its visiting rank). */
  private readonly rank: Uint16Array;
  /** Per bin, 1 when its probe sequence reached every bin within `maxProbes` attempts. */
  private readonly complete: Uint8Array;
  private readonly bins: Uint32Array;
  private readonly filled: Uint8Array;
  /** The bins filled by a shingle, in the order they were filled (`count` of them). */
  private readonly filledBins: Uint16Array;
  private filledCount = 0;
  /** shingleBase to the power of each shingle width up to `shingleWords`. */
  private readonly shinglePowers: number[];

  constructor(
    /** Signature length (bands x rows per band). */
    readonly size: number,
    seed: number,
    private readonly shingleWords = 5,
  ) {
    this.binSeed = mix32(seed ^ 0x5bd1e995);
    this.fillSeed = mix32(seed ^ 0x1b873593);
    // Tables of size x size entries: signatures longer than `maxTabledSize` probe on the fly instead.
    const tabled = size <= maxTabledSize;
    this.order = new Uint16Array(tabled ? size * size : 0);
    this.rank = new Uint16Array(tabled ? size * size : 0);
    this.complete = new Uint8Array(size);
    const seen = new Uint8Array(size);
    for (let bin = 0; tabled && bin < size; bin++) {
      seen.fill(0);
      let distinct = 0;
      for (let attempt = 1; distinct < size && attempt <= maxProbes; attempt++) {
        const target = this.probe(bin, attempt);
        if (seen[target] === 1) continue;
        seen[target] = 1;
        this.order[bin * size + distinct] = target;
        this.rank[bin * size + target] = distinct;
        distinct++;
      }
      this.complete[bin] = distinct === size ? 1 : 0;
    }
    this.bins = new Uint32Array(size);
    this.filled = new Uint8Array(size);
    this.filledBins = new Uint16Array(size);
    this.shinglePowers = [1];
    for (let width = 1; width <= shingleWords; width++)
      this.shinglePowers.push(Math.imul(this.shinglePowers[width - 1]!, shingleBase));
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
    // forEachShingle's rolling hash, inlined: a callback per shingle costs more than the hashing.
    const width = Math.min(this.shingleWords, words.length);
    if (width === 0) return undefined;
    const power = this.shinglePowers[width]!;
    let h = 0;
    for (let index = 0; index < words.length; index++) {
      h = (Math.imul(h, shingleBase) + words[index]!) | 0;
      if (index >= width) h = (h - Math.imul(words[index - width]!, power)) | 0;
      if (index + 1 >= width) this.add(h >>> 0);
    }
    return this.finish();
  }

  private count = 0;

  private reset(): void {
    this.filled.fill(0);
    this.count = 0;
    this.filledCount = 0;
  }

  private add(shingle: number): void {
    const h = mix32(shingle ^ this.binSeed);
    const bin = Math.floor((h / 4294967296) * this.size);
    if (this.filled[bin] === 0) {
      this.bins[bin] = h;
      this.filled[bin] = 1;
      this.filledBins[this.filledCount++] = bin;
    } else if (h < this.bins[bin]!) this.bins[bin] = h;
    this.count++;
  }

  /**
   * Densifies and returns the bins (a view, valid until the next signature), or undefined when empty.
   * Each empty bin borrows from the first filled bin its probe sequence visits. With few filled bins
   * (short rows) walking the sequence takes about size / filled steps per empty bin, so the filled bin
   * of lowest visiting rank is picked instead (filled steps): the same bin either way.
   */
  private finish(): Uint32Array | undefined {
    if (this.count === 0) return undefined;
    const { bins, filled, size, order, rank, complete, filledBins, filledCount } = this;
    if (filledCount === size) return bins;
    const byRank = filledCount * filledCount < size;
    for (let bin = 0; bin < size; bin++) {
      if (filled[bin] === 1) continue;
      let source = -1;
      const base = bin * size;
      if (complete[bin] === 0) source = this.slowSource(bin);
      else if (byRank) {
        let best = size;
        for (let index = 0; index < filledCount; index++) {
          const candidate = filledBins[index]!;
          const visited = rank[base + candidate]!;
          if (visited < best) {
            best = visited;
            source = candidate;
          }
        }
      } else {
        for (let index = 0; source === -1; index++) {
          const candidate = order[base + index]!;
          if (filled[candidate] === 1) source = candidate;
        }
      }
      // Borrow from a bin filled by a shingle (not by densification), as Shrivastava 2017.
      bins[bin] = bins[source]!;
    }
    return bins;
  }

  /** The first filled bin of `bin`'s probe sequence, computed on the fly (sequences never complete: rare). */
  private slowSource(bin: number): number {
    for (let attempt = 1; ; attempt++) {
      const candidate = this.probe(bin, attempt);
      if (this.filled[candidate] === 1) return candidate;
    }
  }
}

/**
 * Probe attempts precomputed per bin. A sequence visits all 128 bins in about 700 attempts (coupon
 * collector); a bin whose sequence has not reached every bin by then probes on the fly instead.
 */
const maxProbes = 1 << 16;

/** Longest signature with probe tables (2 x 2 MB at 1,024; the defaults are 128 and 120). */
const maxTabledSize = 1024;

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
