import { z } from 'zod';
import { defineCheck } from '../../core/check.js';
import { failOnFirstPhrase } from '../phrase-list.js';
import { phrasePattern } from '../text/find-phrase.js';

/** The output contains none of a list of phrases. */
export const forbiddenPhrasesCheck = defineCheck({
  id: 'forbidden_phrases',
  category: 'tone',
  summary:
    'The output contains none of the listed phrases (case-insensitive, whole words by default: "AI" is not found in "said").',
  whenToUse:
    'Banned wording: "As an AI", competitor names, internal jargon, words the prompt forbids (IFEval forbidden_words, no_comma).',
  whenNotToUse:
    'Apologies or hedges (no_apology and no_hedging have lists ready); patterns (use regex with must_match: false).',
  params: z.strictObject({
    phrases: z.array(z.string().min(1)).min(1).describe('Phrases that must not appear.'),
    case_sensitive: z.boolean().default(false).describe('Match upper and lower case exactly.'),
    whole_words: z
      .boolean()
      .default(true)
      .describe('Only count a phrase not glued to other letters or digits; false finds it inside words too.'),
  }),
  compile(params) {
    const options = { caseSensitive: params.case_sensitive, wholeWords: params.whole_words };
    return params.phrases.map((phrase) => ({ phrase, pattern: phrasePattern(phrase, options) }));
  },
  run: failOnFirstPhrase,
});
