import { z } from 'zod';
import { defineCheck } from '../../core/check.js';
import { FixfirstError } from '../../core/errors.js';

/** A compiled validator and how to describe its first error. */
interface CompiledSchema {
  validate(value: unknown): { valid: true } | { valid: false; error: string };
}

async function compileSchema(schema: Record<string, unknown>, field: string): Promise<CompiledSchema> {
  // Lazy: ajv is only loaded by projects that use json_schema. `default` (ajv's module.exports) is
  // the class both under Node and in the CLI bundle, which exposes no named exports of CommonJS.
  const draft2020 = typeof schema.$schema === 'string' && schema.$schema.includes('2020-12');
  const loaded = (draft2020 ? await import('ajv/dist/2020.js') : await import('ajv')) as unknown as {
    default: typeof import('ajv').Ajv;
  };
  const AjvClass = loaded.default;
  const ajv = new AjvClass({ allErrors: false, strict: false });
  let validator: ReturnType<typeof ajv.compile>;
  try {
    validator = ajv.compile(schema);
  } catch (error) {
    throw new FixfirstError('CONFIG_INVALID', `invalid JSON Schema: ${(error as Error).message}`, {
      location: { field },
      hint: 'fix the schema (https://json-schema.org); draft-07 and 2020-12 are supported',
    });
  }
  return {
    validate(value) {
      if (validator(value)) return { valid: true };
      const first = validator.errors?.[0];
      const where = first?.instancePath ? first.instancePath : '(root)';
      return { valid: false, error: `${where} ${first?.message ?? 'does not match'}` };
    },
  };
}

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
  async compile(params, helpers) {
    const schema = typeof params.schema === 'string' ? helpers.readJsonFile(params.schema) : params.schema;
    if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) {
      throw new FixfirstError('CONFIG_INVALID', 'a JSON Schema must be an object', {
        location: { field: 'schema' },
        hint: 'write the schema as a JSON object, e.g. {"type": "object", "required": ["category"]}',
      });
    }
    return compileSchema(schema as Record<string, unknown>, 'schema');
  },
  run(output, compiled) {
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
