import { describe, expect, it } from 'vitest';
import { resolveError, runCheck } from '../../../test/helpers/run-check.js';

describe('max_words', () => {
  it('passes within the limit and says what it measured when it fails', async () => {
    expect((await runCheck({ check: 'max_words', n: 4 }, 'one two three four')).pass).toBe(true);
    expect(await runCheck({ check: 'max_words', n: 3 }, 'one two three four')).toEqual({
      pass: false,
      detail: '4 words, at most 3 allowed',
    });
  });
  it('counts words as IFEval does: runs of letters, digits and underscores', async () => {
    expect((await runCheck({ check: 'max_words', n: 4 }, "Don't e-mail me_now")).detail).toMatch(/^5 words/);
    expect((await runCheck({ check: 'max_words', n: 0 }, '... !!!')).detail).toMatch(/^0 words/);
  });
  it('rejects a negative, fractional or missing n at its field', async () => {
    expect((await resolveError({ check: 'max_words', n: -1 })).location.field).toBe('contract[1].n');
    expect((await resolveError({ check: 'max_words', n: 1.5 })).location.field).toBe('contract[1].n');
    const missing = await resolveError({ check: 'max_words' });
    expect(missing.location).toMatchObject({ file: 'fixfirst.yaml', line: 7, field: 'contract[1].n' });
  });
});
