import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { helpersFor, resolveError, runCheck } from '../../../test/helpers/run-check.js';
import { CheckResolver } from '../resolve.js';

const schema = {
  type: 'object',
  required: ['category', 'priority'],
  properties: { category: { type: 'string' }, priority: { enum: ['low', 'high'] } },
};

describe('json_schema', () => {
  it('validates an inline schema', async () => {
    expect(
      (await runCheck({ check: 'json_schema', schema }, '{"category": "billing", "priority": "low"}')).pass,
    ).toBe(true);
    const outcome = await runCheck(
      { check: 'json_schema', schema },
      '{"category": "billing", "priority": "urgent"}',
    );
    expect(outcome).toEqual({
      pass: false,
      detail: 'schema: /priority must be equal to one of the allowed values',
    });
    expect((await runCheck({ check: 'json_schema', schema }, '{"category": "billing"}')).detail).toMatch(
      /\(root\) must have required property 'priority'/,
    );
  });
  it('needs the output to be JSON as it is (no fences)', async () => {
    const outcome = await runCheck(
      { check: 'json_schema', schema },
      '```\n{"category": "a", "priority": "low"}\n```',
    );
    expect(outcome.detail).toMatch(/not valid JSON/);
  });
  it('loads a schema file relative to the project folder, and supports draft 2020-12', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fixfirst-schema-'));
    writeFileSync(
      join(dir, 'schema.json'),
      JSON.stringify({
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        prefixItems: [{ type: 'number' }],
      }),
    );
    const check = await new CheckResolver(helpersFor(dir)).resolve(
      { check: 'json_schema', schema: 'schema.json' },
      { field: 'contract[0]' },
    );
    expect(check.run('[1, "x"]', { input: '' }).pass).toBe(true);
    expect(check.run('["x"]', { input: '' }).pass).toBe(false);
  });
  it('reports an invalid schema as a config error naming the field', async () => {
    const error = await resolveError({ check: 'json_schema', schema: { type: 'strin' } });
    expect(error.code).toBe('CONFIG_INVALID');
    expect(error.location.field).toBe('contract[1].schema');
    expect(error.message).toMatch(/invalid JSON Schema/);
  });
  it('rejects a missing schema', async () => {
    expect((await resolveError({ check: 'json_schema' })).location.field).toBe('contract[1].schema');
  });
});
