/**
 * Keeps generated tickets distinct, so that a "clean" data set really is clean: rejects a text whose
 * normalised form was seen before, or whose word 5-gram Jaccard similarity with an earlier text
 * reaches `maxJaccard` (the near-duplicate audit reports from 0.7; data.md §11). The Jaccard test
 * uses an inverted index and is skipped above `maxIndexed` texts, where only exact repeats are
 * rejected (the 100,000-item benchmark set).
 */
export class NearDuplicateGuard {
  private readonly seen = new Set<string>();
  private readonly gramIds = new Map<string, number>();
  private readonly postings: number[][] = [];
  private readonly sizes: number[] = [];
  private readonly shared: Uint16Array;

  constructor(
    private readonly maxJaccard = 0.6,
    private readonly maxIndexed = 5_000,
  ) {
    this.shared = new Uint16Array(maxIndexed);
  }

  /** Accepts and records the text, or returns false when it is too close to an earlier one. */
  accept(text: string): boolean {
    const words = normalisedWords(text);
    const normalised = words.join(' ');
    if (this.seen.has(normalised)) return false;
    if (this.sizes.length < this.maxIndexed) {
      const grams = wordGrams(words, 5);
      const touched: number[] = [];
      for (const gram of grams) {
        const id = this.gramIds.get(gram);
        if (id === undefined) continue;
        for (const other of this.postings[id]!) {
          if (this.shared[other] === 0) touched.push(other);
          this.shared[other]! += 1;
        }
      }
      let tooClose = false;
      for (const other of touched) {
        const count = this.shared[other]!;
        if (count / (grams.size + this.sizes[other]! - count) >= this.maxJaccard) tooClose = true;
        this.shared[other] = 0;
      }
      if (tooClose) return false;
      const index = this.sizes.length;
      this.sizes.push(grams.size);
      for (const gram of grams) {
        let id = this.gramIds.get(gram);
        if (id === undefined) {
          id = this.postings.length;
          this.gramIds.set(gram, id);
          this.postings.push([]);
        }
        this.postings[id]!.push(index);
      }
    }
    this.seen.add(normalised);
    return true;
  }
}

/** Lower-case alphanumeric words: the tokenisation every similarity figure of the examples uses. */
export function normalisedWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '');
}

/** The set of word n-grams (the whole text as one gram when it is shorter than n). */
export function wordGrams(words: readonly string[], n: number): Set<string> {
  const grams = new Set<string>();
  for (let index = 0; index + n <= words.length; index++) grams.add(words.slice(index, index + n).join(' '));
  if (words.length < n && words.length > 0) grams.add(words.join(' '));
  return grams;
}

/** Jaccard similarity of two texts' word 5-gram sets. */
export function jaccard5(left: string, right: string): number {
  const a = wordGrams(normalisedWords(left), 5);
  const b = wordGrams(normalisedWords(right), 5);
  let shared = 0;
  for (const gram of a) if (b.has(gram)) shared += 1;
  const union = a.size + b.size - shared;
  return union === 0 ? 1 : shared / union;
}
