import { z } from 'zod';
import { defineCheck } from '../../core/check.js';
import { strip } from '../text/python-text.js';

/** The whole output is wrapped in double quotation marks. */
export const wrappedInQuotesCheck = defineCheck({
  id: 'wrapped_in_quotes',
  category: 'format',
  summary:
    'The whole output (surrounding whitespace ignored) starts and ends with a straight double quote (").',
  whenToUse: 'Outputs inserted into quoted contexts; IFEval startend:quotation.',
  whenNotToUse: 'Outputs that merely contain a quotation (use required_phrases or regex).',
  params: z.strictObject({}),
  run(output) {
    const text = strip(output);
    if (text.length > 1 && text.startsWith('"') && text.endsWith('"')) return { pass: true };
    return {
      pass: false,
      detail: `starts with ${JSON.stringify(text.slice(0, 1))} and ends with ${JSON.stringify(text.slice(-1))}`,
    };
  },
});
