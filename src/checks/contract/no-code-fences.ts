import { z } from 'zod';
import { defineCheck } from '../../core/check.js';

const fence = /^[ \t]*(```|~~~)/m;

/** The output contains no markdown code fence. */
export const noCodeFencesCheck = defineCheck({
  id: 'no_code_fences',
  category: 'format',
  summary: 'The output contains no markdown code fence (``` or ~~~).',
  whenToUse: 'Outputs pasted or parsed as-is, where models like to wrap JSON or code in fences.',
  whenNotToUse: 'Chat answers where fenced code is welcome; use json when the whole output must be JSON.',
  params: z.strictObject({}),
  run(output) {
    const match = fence.exec(output);
    if (match === null) return { pass: true };
    const line = output.slice(0, match.index).split('\n').length;
    return { pass: false, detail: `code fence ${match[1]} at line ${line}` };
  },
});
