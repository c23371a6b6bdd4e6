import { describe, expect, it } from 'vitest';
import { resolveError, runCheck } from '../../../test/helpers/run-check.js';

describe('max_exclamations', () => {
  it('counts ! and its full-width form', async () => {
    expect((await runCheck({ check: 'max_exclamations', n: 1 }, 'Great!')).pass).toBe(true);
    expect(await runCheck({ check: 'max_exclamations', n: 0 }, 'Great! Really！')).toEqual({
      pass: false,
      detail: '2 exclamation marks, at most 0 allowed',
    });
  });
  it('rejects a negative n', async () => {
    expect((await resolveError({ check: 'max_exclamations', n: -2 })).location.field).toBe('contract[1].n');
  });
});
