import { configError } from '../../core/errors.js';

/**
 * Declared synonyms (`{billing: ["invoice", "payment"]}`), folded once and looked up in O(1).
 * Terms are compared in folded form, with the same fold function the caller uses for values.
 */
export class SynonymTable {
  private readonly canonicalByTerm = new Map<string, string>();

  /**
   * @param synonyms canonical value → its synonyms, as written in fixfirst.yaml.
   * @param fold the folding applied to every term and to every value looked up.
   * @param field where the table sits in the config, for errors (`synonyms`).
   * @throws FixfirstError CONFIG_INVALID when one term is declared for two different values.
   */
  constructor(
    synonyms: Readonly<Record<string, readonly string[]>>,
    private readonly fold: (text: string) => string,
    field = 'synonyms',
  ) {
    for (const canonical of Object.keys(synonyms)) this.canonicalByTerm.set(fold(canonical), fold(canonical));
    for (const [canonical, terms] of Object.entries(synonyms)) {
      const foldedCanonical = fold(canonical);
      for (const term of terms) {
        const folded = fold(term);
        const existing = this.canonicalByTerm.get(folded);
        if (existing !== undefined && existing !== foldedCanonical) {
          throw configError(
            `synonym "${term}" is declared for two values ("${existing}" and "${canonical}")`,
            { field: `${field}.${canonical}` },
            'a synonym may map to one value only; remove it from one of the lists',
          );
        }
        this.canonicalByTerm.set(folded, foldedCanonical);
      }
    }
  }

  /** The folded canonical value of `text`, or `text` folded when it is no declared term. */
  canonical(text: string): string {
    const folded = this.fold(text);
    return this.canonicalByTerm.get(folded) ?? folded;
  }

  /** Every declared term (canonical values and synonyms), folded, with its folded canonical value. */
  terms(): ReadonlyMap<string, string> {
    return this.canonicalByTerm;
  }

  /** Number of declared terms. */
  get size(): number {
    return this.canonicalByTerm.size;
  }
}
