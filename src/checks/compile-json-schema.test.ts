import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { renderMetaValidator } from '../../scripts/render-meta-validator.js';
import { helpersFor } from '../../test/helpers/run-check.js';
import { FixfirstError } from '../core/errors.js';
import { compileJsonSchema } from './compile-json-schema.js';

/** What ajv itself says of a schema when it checks it against the meta-schema while compiling. */
function ajvVerdict(schema: Record<string, unknown>): string {
  try {
    new Ajv.default({ allErrors: false, strict: false }).compile(schema);
    return 'valid';
  } catch (error) {
    return `invalid JSON Schema: ${(error as Error).message}`;
  }
}

async function ourVerdict(schema: Record<string, unknown>): Promise<string> {
  try {
    await compileJsonSchema(schema, helpersFor(), 'contract[0].schema');
    return 'valid';
  } catch (error) {
    if (!FixfirstError.isInstance(error)) throw error;
    return error.message;
  }
}

describe('the generated draft-07 meta-schema validator', () => {
  it('is in step with the installed ajv (run `npm run schemas`)', () => {
    const committed = readFileSync(
      new URL('./json-schema/draft07-meta-validator.generated.ts', import.meta.url),
      'utf8',
    );
    expect(committed).toBe(renderMetaValidator());
  });

  it.each([
    { type: 'object', required: ['category'], properties: { category: { type: 'string' } } },
    { $schema: 'http://json-schema.org/draft-07/schema#', type: 'array', items: { type: 'number' } },
    { $schema: 'http://json-schema.org/draft-07/schema', minProperties: 1 },
    { type: 'strin' },
    { type: 'object', required: 'category' },
    { properties: { a: { minimum: 'x' } } },
    { enum: [] },
    { items: [{ type: 'integer' }, 12] },
    { $ref: 'http://json-schema.org/draft-07/schema#' },
  ])('judges %j exactly as ajv does', async (schema) => {
    expect(await ourVerdict(schema)).toBe(ajvVerdict(schema));
  });

  it('leaves schemas of other drafts to ajv (an unknown $schema is an error, as before)', async () => {
    const schema = { $schema: 'http://json-schema.org/draft-04/schema#', type: 'string' };
    expect(await ourVerdict(schema)).toBe(ajvVerdict(schema));
    expect(await ourVerdict(schema)).toMatch(/no schema with key or ref/);
  });
});
