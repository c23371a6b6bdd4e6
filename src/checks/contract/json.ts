import { z } from 'zod';
import { defineCheck } from '../../core/check.js';
import { mayBeJson } from '../json-text.js';
import { strip } from '../text/python-text.js';

/** Removes one markdown code fence around the text, as IFEval's `json_format` does. */
function removeFences(output: string): string {
  let text = strip(output);
  for (const opening of ['```json', '```Json', '```JSON', '```']) {
    if (text.startsWith(opening)) {
      text = text.slice(opening.length);
      break;
    }
  }
  if (text.endsWith('```')) text = text.slice(0, -3);
  return strip(text);
}

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
    allow_fences: z
      .boolean()
      .default(false)
      .describe('Accept one ```json code fence around the JSON (IFEval json_format does).'),
  }),
  run(output, params, context) {
    const text = params.allow_fences ? removeFences(output) : output;
    if (context.detailWanted === false && !mayBeJson(text)) return { pass: false };
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      return { pass: false, detail: `not valid JSON: ${(error as Error).message}` };
    }
    if (params.object && (typeof value !== 'object' || value === null || Array.isArray(value))) {
      return { pass: false, detail: 'valid JSON but not an object' };
    }
    return { pass: true };
  },
});
