import { describe, expect, it } from 'vitest';
import { resolveError, runCheck } from '../../../test/helpers/run-check.js';

describe('json', () => {
  it('passes on bare JSON and fails on prose or fences', async () => {
    expect((await runCheck({ check: 'json' }, '{"a": 1}')).pass).toBe(true);
    expect((await runCheck({ check: 'json' }, 'Here: {"a": 1}')).detail).toMatch(/not valid JSON/);
    expect((await runCheck({ check: 'json' }, '```json\n{"a": 1}\n```')).pass).toBe(false);
  });
  it('object: true rejects arrays and scalars', async () => {
    expect(await runCheck({ check: 'json', object: true }, '[1]')).toEqual({
      pass: false,
      detail: 'valid JSON but not an object',
    });
    expect((await runCheck({ check: 'json', object: true }, '{}')).pass).toBe(true);
  });
  it('allow_fences accepts one json fence, as IFEval json_format does', async () => {
    const fenced = '```JSON\n{"a": [1, 2]}\n```  ';
    expect((await runCheck({ check: 'json', allow_fences: true }, fenced)).pass).toBe(true);
    expect((await runCheck({ check: 'detectable_format:json_format' }, fenced)).pass).toBe(true);
    expect((await runCheck({ check: 'json', allow_fences: true }, 'Sure! ```{"a":1}```')).pass).toBe(false);
  });
  it('rejects a parameter of the wrong type with its field path', async () => {
    const error = await resolveError({ check: 'json', object: 'yes' });
    expect(error.location).toMatchObject({ file: 'fixfirst.yaml', line: 7, field: 'contract[1].object' });
  });
});
