import { z } from 'zod';
import { type CheckCategory, type ContractCheck, defineCheck } from '../core/check.js';

/** What a min_/max_ length check needs to say about itself. */
export interface CountLimitDefinition {
  id: string;
  category: CheckCategory;
  /** `min`: at least n; `max`: at most n. */
  bound: 'min' | 'max';
  /** Plural unit for details: `words`. */
  unit: string;
  count(output: string): number;
  summary: string;
  whenToUse: string;
  whenNotToUse: string;
}

/** Builds a check that compares one count of the output with `n` (min_words, max_sentences, ...). */
export function defineCountLimit(definition: CountLimitDefinition): ContractCheck<{ n: number }> {
  const { bound, unit, count } = definition;
  return defineCheck({
    id: definition.id,
    category: definition.category,
    summary: definition.summary,
    whenToUse: definition.whenToUse,
    whenNotToUse: definition.whenNotToUse,
    params: z.strictObject({
      n: z
        .number()
        .int()
        .min(0)
        .describe(bound === 'min' ? `The fewest ${unit} allowed.` : `The most ${unit} allowed.`),
    }),
    run(output, params) {
      const measured = count(output);
      const pass = bound === 'min' ? measured >= params.n : measured <= params.n;
      const limit = bound === 'min' ? `at least ${params.n} required` : `at most ${params.n} allowed`;
      return { pass, detail: `${measured} ${unit}${pass ? '' : `, ${limit}`}` };
    },
  });
}
