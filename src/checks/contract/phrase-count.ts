import { z } from 'zod';
import { defineCheck } from '../../core/check.js';
import { boundsShape, checkBounds, refineBounds } from '../bounds.js';
import { countMatches, phrasePattern } from '../text/find-phrase.js';

/** A phrase occurs a bounded number of times. */
export const phraseCountCheck = defineCheck({
  id: 'phrase_count',
  category: 'structure',
  summary:
    'A phrase occurs min/max/exactly n times (non-overlapping, case-insensitive by default, also inside longer words unless whole_words).',
  whenToUse:
    'Keyword density rules: a brand named at least twice, a word used at most once; IFEval keywords:frequency.',
  whenNotToUse: 'Presence or absence only (use required_phrases or forbidden_phrases).',
  params: z
    .strictObject({
      phrase: z.string().min(1).describe('The phrase to count (plain text).'),
      ...boundsShape,
      case_sensitive: z.boolean().default(false).describe('Match upper and lower case exactly.'),
      whole_words: z
        .boolean()
        .default(false)
        .describe('Only count the phrase not glued to other letters or digits.'),
    })
    .superRefine(refineBounds),
  compile(params) {
    return {
      ...params,
      pattern: phrasePattern(params.phrase, {
        caseSensitive: params.case_sensitive,
        wholeWords: params.whole_words,
      }),
    };
  },
  run(output, compiled) {
    return checkBounds(
      countMatches(output, compiled.pattern),
      compiled,
      `× ${JSON.stringify(compiled.phrase)}`,
    );
  },
});
