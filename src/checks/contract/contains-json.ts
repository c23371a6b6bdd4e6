import { z } from 'zod';
import { defineCheck } from '../../core/check.js';
import { type CompiledJsonSchema, compileJsonSchema } from '../compile-json-schema.js';
import { extractJsonValues } from '../normalize/extract-json.js';

const kindNames = { object: 'JSON object', array: 'JSON array', any: 'JSON object or array' } as const;

/** The output holds a JSON object or array somewhere, prose around it allowed (promptfoo's contains-json). */
export const containsJsonCheck = defineCheck({
  id: 'contains_json',
  category: 'format',
  summary:
    'The output contains a JSON object or array somewhere, with prose or a code fence around it allowed; with a schema, at least one of those found validates against it (with must_contain: false, none is found).',
  whenToUse:
    'Chatty replies that must carry a machine-readable JSON block (a tool reads the first object out of the text); promptfoo contains-json.',
  whenNotToUse:
    'When the whole output must be JSON and nothing else (use json or json_schema: this check passes "Sure! {...}", which a JSON parser downstream rejects).',
  params: z.strictObject({
    kind: z
      .enum(['object', 'array', 'any'])
      .default('any')
      .describe(
        'What counts: "object" ({...}, also the objects inside an array, as promptfoo reads it), "array" or "any".',
      ),
    schema: z
      .union([z.string().min(1), z.record(z.string(), z.unknown())])
      .optional()
      .describe(
        'A JSON Schema (file path relative to the project folder, or inline) that at least one found value must meet.',
      ),
    must_contain: z
      .boolean()
      .default(true)
      .describe('true: such JSON must be there; false: it must not (promptfoo not-contains-json).'),
  }),
  async compile(params, helpers) {
    const schema: CompiledJsonSchema | undefined =
      params.schema === undefined ? undefined : await compileJsonSchema(params.schema, helpers, 'schema');
    return { kind: params.kind, schema, mustContain: params.must_contain };
  },
  run(output, { kind, schema, mustContain }) {
    const found = extractJsonValues(output, kind);
    const what = kindNames[kind];
    let firstError: string | undefined;
    const matching = found.find((candidate) => {
      if (schema === undefined) return true;
      const result = schema.validate(candidate.value);
      if (!result.valid) firstError ??= result.error;
      return result.valid;
    });
    if (mustContain) {
      if (matching !== undefined) return { pass: true };
      if (found.length === 0) return { pass: false, detail: `no ${what} found` };
      return {
        pass: false,
        detail: `found ${found.length} JSON ${found.length === 1 ? 'value' : 'values'}, none meets the schema (first: ${firstError})`,
      };
    }
    if (matching === undefined) return { pass: true };
    return {
      pass: false,
      detail: `found a ${what}${schema === undefined ? '' : ' that meets the schema'} at char ${matching.start}`,
    };
  },
});
