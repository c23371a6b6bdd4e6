import { z } from 'zod';
import { defineCheck } from '../../core/check.js';
import { isBlank, strip } from '../text/python-text.js';

/** The output gives two different responses separated by six asterisks. */
export const twoResponsesCheck = defineCheck({
  id: 'two_responses',
  category: 'structure',
  summary: 'The output is exactly two different, non-empty responses separated by ****** (six asterisks).',
  whenToUse: 'Prompts asking for two alternatives in one output; IFEval combination:two_responses.',
  whenNotToUse: 'Any other number of alternatives (use section_count with a splitter, or bullet_count).',
  params: z.strictObject({}),
  run(output) {
    const parts = output.split('******');
    const responses: string[] = [];
    for (const [index, part] of parts.entries()) {
      if (!isBlank(part)) responses.push(part);
      else if (index !== 0 && index !== parts.length - 1) {
        return { pass: false, detail: 'an empty response between two ****** separators' };
      }
    }
    if (responses.length !== 2) return { pass: false, detail: `${responses.length} response(s), 2 required` };
    if (strip(responses[0]!) === strip(responses[1]!))
      return { pass: false, detail: 'the two responses are the same' };
    return { pass: true };
  },
});
