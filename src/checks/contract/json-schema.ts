import { z } from 'zod';
import { defineCheck } from '../../core/check.js';
import { compileJsonSchema } from '../compile-json-schema.js';
import { mayBeJson } from '../json-text.js';

/** The output is JSON that validates against a JSON Schema. */
export const jsonSchemaCheck = defineCheck({
  id: 'json_schema',
  category: 'format',
  summary: 'The output parses as JSON as-is and validates against a JSON Schema (draft-07 or 2020-12).',
  whenToUse:
    'The output is read by code that expects certain fields, types and values (enums, required keys).',
  whenNotToUse:
    'Use json when any JSON will do; the correctness of field values belongs to the scorer (json-fields).',
  params: z.strictObject({
    schema: z
      .union([z.string().min(1), z.record(z.string(), z.unknown())])
      .describe('Path of a JSON Schema file (relative to the project folder), or the schema inline.'),
  }),
  compile(params, helpers) {
    return compileJsonSchema(params.schema, helpers, 'schema');
  },
  run(output, compiled, context) {
    if (context.detailWanted === false && !mayBeJson(output)) return { pass: false };
    let value: unknown;
    try {
      value = JSON.parse(output);
    } catch (error) {
      return { pass: false, detail: `not valid JSON: ${(error as Error).message}` };
    }
    const result = compiled.validate(value);
    return result.valid ? { pass: true } : { pass: false, detail: `schema: ${result.error}` };
  },
});
