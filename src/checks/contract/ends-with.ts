import { z } from 'zod';
import { defineCheck } from '../../core/check.js';
import { stripEnd } from '../text/python-text.js';

/** The output ends with a given text. */
export const endsWithCheck = defineCheck({
  id: 'ends_with',
  category: 'format',
  summary: 'The output ends with a given text (trailing whitespace ignored).',
  whenToUse: 'A fixed closing: a sign-off, a call to action, a required final question (IFEval end_checker).',
  whenNotToUse: 'Text that may appear anywhere (use required_phrases); a pattern (use regex with $).',
  params: z.strictObject({
    suffix: z.string().min(1).describe('The text the output must end with.'),
    case_sensitive: z.boolean().default(true).describe('Compare upper and lower case exactly.'),
    ignore_quotes: z
      .boolean()
      .default(false)
      .describe('Ignore closing double quotes after the text (IFEval end_checker does).'),
  }),
  run(output, params) {
    let text = stripEnd(output);
    if (params.ignore_quotes) text = text.replace(/"+$/, '');
    const matches = params.case_sensitive
      ? text.endsWith(params.suffix)
      : text.toLowerCase().endsWith(params.suffix.toLowerCase());
    return matches
      ? { pass: true }
      : {
          pass: false,
          detail: `ends with ${JSON.stringify(text.slice(-Math.min(60, params.suffix.length + 10)))}, expected ${JSON.stringify(params.suffix.slice(-60))}`,
        };
  },
});
