import { z } from 'zod';
import { defineCheck } from '../../core/check.js';
import { phrasePattern } from '../text/find-phrase.js';

/** The output contains every one of a list of phrases. */
export const requiredPhrasesCheck = defineCheck({
  id: 'required_phrases',
  category: 'structure',
  summary: 'The output contains every listed phrase (case-insensitive by default; plain text, not patterns).',
  whenToUse:
    'Mandatory elements: a disclaimer, a product name, a ticket number, keywords (IFEval keywords:existence).',
  whenNotToUse: 'Phrases counted more than once (use phrase_count); patterns (use regex).',
  params: z.strictObject({
    phrases: z.array(z.string().min(1)).min(1).describe('Phrases that must all appear.'),
    case_sensitive: z.boolean().default(false).describe('Match upper and lower case exactly.'),
    whole_words: z
      .boolean()
      .default(false)
      .describe('Only count a phrase not glued to other letters or digits ("cat" not in "category").'),
  }),
  compile(params) {
    const options = { caseSensitive: params.case_sensitive, wholeWords: params.whole_words };
    return params.phrases.map((phrase) => ({ phrase, pattern: phrasePattern(phrase, options) }));
  },
  run(output, phrases) {
    const missing = phrases.filter(({ pattern }) => {
      pattern.lastIndex = 0;
      return !pattern.test(output);
    });
    if (missing.length === 0) return { pass: true };
    return {
      pass: false,
      detail: `missing ${missing.map(({ phrase }) => JSON.stringify(phrase)).join(', ')}`,
    };
  },
});
