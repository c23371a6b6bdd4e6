import { z } from 'zod';
import { defineCheck } from '../../core/check.js';
import { boundsShape, checkBounds, refineBounds } from '../bounds.js';

/** The output uses a letter a bounded number of times. */
export const letterCountCheck = defineCheck({
  id: 'letter_count',
  category: 'format',
  summary:
    'A given letter (any single character, case-insensitive) occurs min/max/exactly n times in the output.',
  whenToUse: 'Word games and constrained writing; IFEval letter_frequency.',
  whenNotToUse: 'Words or phrases (use phrase_count).',
  params: z
    .strictObject({
      letter: z
        .string()
        .refine((letter) => [...letter].length === 1, 'give exactly one character')
        .describe('The character to count, e.g. "e" (upper and lower case count alike).'),
      ...boundsShape,
    })
    .superRefine(refineBounds),
  compile(params) {
    return { ...params, letter: params.letter.toLowerCase() };
  },
  run(output, compiled) {
    let count = 0;
    for (const character of output.toLowerCase()) if (character === compiled.letter) count++;
    return checkBounds(count, compiled, `"${compiled.letter}"`);
  },
});
