import { describe, expect, it } from 'vitest';
import { resolveError, runCheck } from '../../../test/helpers/run-check.js';

describe('min_characters', () => {
  it('passes within the limit and says what it measured when it fails', async () => {
    expect((await runCheck({ check: 'min_characters', n: 7 }, 'héllo 👋')).pass).toBe(true);
    expect(await runCheck({ check: 'min_characters', n: 8 }, 'héllo 👋')).toEqual({
      pass: false,
      detail: '7 characters, at least 8 required',
    });
  });
  it('counts code points, whitespace included', async () => {
    expect((await runCheck({ check: 'min_characters', n: 0 }, ' a\n')).detail).toMatch(/^3 characters/);
  });
  it('rejects a negative, fractional or missing n at its field', async () => {
    expect((await resolveError({ check: 'min_characters', n: -1 })).location.field).toBe('contract[1].n');
    expect((await resolveError({ check: 'min_characters', n: 1.5 })).location.field).toBe('contract[1].n');
    const missing = await resolveError({ check: 'min_characters' });
    expect(missing.location).toMatchObject({ file: 'fixfirst.yaml', line: 7, field: 'contract[1].n' });
  });
});
