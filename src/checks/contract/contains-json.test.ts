import { describe, expect, it } from 'vitest';
import { resolveError, runCheck } from '../../../test/helpers/run-check.js';

const schema = {
  type: 'object',
  required: ['category'],
  properties: { category: { enum: ['billing', 'shipping'] } },
};
const pass = async (spec: Record<string, unknown>, output: string) =>
  (await runCheck({ check: 'contains_json', ...spec }, output)).pass;

describe('contains_json', () => {
  it('passes on JSON with prose or a fence around it, and on bare JSON', async () => {
    expect(await pass({}, 'Sure! Here it is: {"category": "billing"} Anything else?')).toBe(true);
    expect(await pass({}, '```json\n[1, 2]\n```')).toBe(true);
    expect(await pass({}, '{"a": 1}')).toBe(true);
  });
  it('fails without JSON, and says what it looked for', async () => {
    expect(await runCheck({ check: 'contains_json', kind: 'object' }, 'billing [sic]')).toEqual({
      pass: false,
      detail: 'no JSON object found',
    });
    expect(await pass({}, 'The value is 42.')).toBe(false);
    // Not JSON: keys without quotes, a truncated object.
    expect(await pass({}, '{category: billing}')).toBe(false);
    expect(await pass({}, 'Result: {"category": "billing"')).toBe(false);
  });
  it('kind: object finds objects, also inside an array; kind: array ignores objects', async () => {
    expect(await pass({ kind: 'object' }, '[1, 2, 3]')).toBe(false);
    expect(await pass({ kind: 'object' }, '[{"category": "billing"}]')).toBe(true);
    expect(await pass({ kind: 'array' }, '{"category": "billing"}')).toBe(false);
  });
  it('with a schema, passes when any value found meets it', async () => {
    const output = 'Options: {"category": "refunds"} or {"category": "billing"}';
    expect(await pass({ schema }, output)).toBe(true);
    const outcome = await runCheck({ check: 'contains_json', schema }, 'Only {"category": "refunds"}.');
    expect(outcome.pass).toBe(false);
    expect(outcome.detail).toBe(
      'found 1 JSON value, none meets the schema (first: /category must be equal to one of the allowed values)',
    );
  });
  it('must_contain: false passes only when no (matching) JSON is there', async () => {
    expect(await pass({ must_contain: false }, 'plain words')).toBe(true);
    expect(await runCheck({ check: 'contains_json', must_contain: false }, 'x {"a": 1}')).toEqual({
      pass: false,
      detail: 'found a JSON object or array at char 2',
    });
    expect(await pass({ must_contain: false, schema }, '{"category": "refunds"}')).toBe(true);
    expect(await pass({ must_contain: false, schema }, '{"category": "billing"}')).toBe(false);
  });
  it('rejects a bad kind or schema with the field named', async () => {
    expect((await resolveError({ check: 'contains_json', kind: 'objects' })).location.field).toBe(
      'contract[1].kind',
    );
    const error = await resolveError({ check: 'contains_json', schema: { type: 'strin' } });
    expect(error.location.field).toBe('contract[1].schema');
    expect(error.message).toMatch(/invalid JSON Schema/);
  });
});
