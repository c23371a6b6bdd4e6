import { z } from 'zod';
import { defineCheck } from '../../core/check.js';
import { describeFound, findFirstPhrase, phrasePattern } from '../text/find-phrase.js';

/** Hedges that weaken a direct answer. */
export const defaultHedges = [
  'I think',
  'I believe',
  'I guess',
  "I'm not sure",
  'I am not sure',
  'it seems',
  'it appears',
  'perhaps',
  'maybe',
  'possibly',
  'might be',
  'could be',
  'arguably',
  'as far as I know',
  'to the best of my knowledge',
  'it is possible that',
];

/** The output does not hedge. */
export const noHedgingCheck = defineCheck({
  id: 'no_hedging',
  category: 'tone',
  summary: `The output contains no hedging phrase (default list: ${defaultHedges.map((phrase) => `"${phrase}"`).join(', ')}; case-insensitive, whole words).`,
  whenToUse: 'Direct, confident answers: classifications, instructions, factual lookups.',
  whenNotToUse:
    'Domains where stating uncertainty is correct (medical, legal, forecasts); there hedging may be required.',
  params: z.strictObject({
    phrases: z
      .array(z.string().min(1))
      .min(1)
      .default(defaultHedges)
      .describe('Hedging phrases to look for (replaces the default list).'),
  }),
  compile(params) {
    return params.phrases.map((phrase) => ({
      phrase,
      pattern: phrasePattern(phrase, { caseSensitive: false, wholeWords: true }),
    }));
  },
  run(output, phrases) {
    const found = findFirstPhrase(output, phrases);
    return found === undefined
      ? { pass: true }
      : { pass: false, detail: describeFound(found.found, found.index) };
  },
});
