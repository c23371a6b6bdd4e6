import { z } from 'zod';
import { defineCheck } from '../../core/check.js';

/** The output is one JSON value and nothing else (no fences, no prose around it). */
export const jsonCheck = defineCheck({
  id: 'json',
  category: 'format',
  summary: 'The whole output parses as JSON (optionally as an object), with nothing around it.',
  whenToUse: 'The feature returns machine-read JSON (function results, classifications, extractions).',
  whenNotToUse:
    'Use json_schema to also check fields and types; use no_code_fences alone when JSON may be embedded in prose.',
  params: z.strictObject({
    object: z.boolean().default(false).describe('Also require a JSON object (not an array or a scalar).'),
  }),
  run(output, params) {
    let value: unknown;
    try {
      value = JSON.parse(output);
    } catch (error) {
      return { pass: false, detail: `not valid JSON: ${(error as Error).message}` };
    }
    if (params.object && (typeof value !== 'object' || value === null || Array.isArray(value))) {
      return { pass: false, detail: 'valid JSON but not an object' };
    }
    return { pass: true };
  },
});
