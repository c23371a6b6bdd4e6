import type { ShotExample } from '../core/render-prompt.js';

/** Lower-cased word tokens (letters and digits of any script). */
export function wordTokens(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * Retrieval of the training examples most similar to an input (TF-IDF cosine over word tokens),
 * for the "nearest" rung of the k-shot ladder (Medprompt's kNN demos; Bertsch et al. 2025 find most
 * of the many-shot gain comes from attending to similar examples).
 */
export class NearestExamples {
  private readonly postings = new Map<string, { example: number; weight: number }[]>();
  private readonly idf = new Map<string, number>();

  constructor(private readonly examples: readonly ShotExample[]) {
    const documentFrequency = new Map<string, number>();
    const counts = examples.map((example) => {
      const termCounts = new Map<string, number>();
      for (const token of wordTokens(example.input)) termCounts.set(token, (termCounts.get(token) ?? 0) + 1);
      for (const term of termCounts.keys())
        documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
      return termCounts;
    });
    for (const [term, frequency] of documentFrequency)
      this.idf.set(term, Math.log(1 + examples.length / frequency));
    counts.forEach((termCounts, example) => {
      let norm = 0;
      const weights: [string, number][] = [];
      for (const [term, count] of termCounts) {
        const weight = (1 + Math.log(count)) * this.idf.get(term)!;
        weights.push([term, weight]);
        norm += weight * weight;
      }
      norm = Math.sqrt(norm) || 1;
      for (const [term, weight] of weights) {
        let list = this.postings.get(term);
        if (list === undefined) {
          list = [];
          this.postings.set(term, list);
        }
        list.push({ example, weight: weight / norm });
      }
    });
  }

  /**
   * The k most similar examples, least similar first so the closest one sits next to the item in
   * the prompt. Examples for which `exclude` holds (an eval item's own copy) are skipped; ties go to
   * the earlier example.
   */
  nearest(query: string, k: number, exclude: (example: ShotExample) => boolean = () => false): ShotExample[] {
    const scores = new Map<number, number>();
    const termCounts = new Map<string, number>();
    for (const token of wordTokens(query)) termCounts.set(token, (termCounts.get(token) ?? 0) + 1);
    for (const [term, count] of termCounts) {
      const idf = this.idf.get(term);
      const list = this.postings.get(term);
      if (idf === undefined || list === undefined) continue;
      const queryWeight = (1 + Math.log(count)) * idf;
      for (const { example, weight } of list)
        scores.set(example, (scores.get(example) ?? 0) + queryWeight * weight);
    }
    const ranked = [...scores.entries()]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .map(([example]) => example);
    // Too few overlapping examples: fill up with the rest in file order.
    if (ranked.length < k + 8) {
      const seen = new Set(ranked);
      for (let example = 0; example < this.examples.length && ranked.length < k + 8; example++) {
        if (!seen.has(example)) ranked.push(example);
      }
    }
    const chosen: ShotExample[] = [];
    for (const example of ranked) {
      if (chosen.length === k) break;
      const candidate = this.examples[example]!;
      if (!exclude(candidate)) chosen.push(candidate);
    }
    return chosen.reverse();
  }
}
