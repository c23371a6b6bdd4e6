import { z } from 'zod';
import { defineCheck } from '../../core/check.js';
import { stripStart } from '../text/python-text.js';

/** The output starts with a given text. */
export const startsWithCheck = defineCheck({
  id: 'starts_with',
  category: 'format',
  summary: 'The output starts with a given text (leading whitespace ignored).',
  whenToUse:
    'A fixed opening: a greeting, a label such as "Answer:", a repeated request (IFEval repeat_prompt).',
  whenNotToUse: 'Text that may appear anywhere (use required_phrases); a pattern (use regex with ^).',
  params: z.strictObject({
    prefix: z.string().min(1).describe('The text the output must start with.'),
    case_sensitive: z.boolean().default(true).describe('Compare upper and lower case exactly.'),
  }),
  run(output, params) {
    const text = stripStart(output);
    const head = text.slice(0, params.prefix.length);
    const matches = params.case_sensitive
      ? text.startsWith(params.prefix)
      : text.toLowerCase().startsWith(params.prefix.toLowerCase());
    return matches
      ? { pass: true }
      : {
          pass: false,
          detail: `starts with ${JSON.stringify(head.slice(0, 60))}, expected ${JSON.stringify(params.prefix.slice(0, 60))}`,
        };
  },
});
