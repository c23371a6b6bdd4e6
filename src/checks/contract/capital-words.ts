import { z } from 'zod';
import { defineCheck } from '../../core/check.js';
import { boundsShape, checkBounds, refineBounds } from '../bounds.js';
import { isUpper } from '../text/python-text.js';
import { wordTokens } from '../text/word-tokenizer.js';

/** Counts words written in capitals, on NLTK-style word tokens ("DON'T" is two: DO, N'T). */
export function countCapitalWords(output: string): number {
  return wordTokens(output).filter(isUpper).length;
}

/** The output has a bounded number of words in capital letters. */
export const capitalWordsCheck = defineCheck({
  id: 'capital_words',
  category: 'format',
  summary:
    'The output has min/max/exactly n words written entirely in capitals (on NLTK-style word tokens; "I" and "A" count).',
  whenToUse: 'Limits on shouting or required emphasis in capitals; IFEval capital_word_frequency.',
  whenNotToUse: 'Whole-output casing (use casing); acronym-heavy domains where capitals are normal.',
  params: z.strictObject(boundsShape).superRefine(refineBounds),
  run(output, params) {
    return checkBounds(countCapitalWords(output), params, 'words in capitals');
  },
});
