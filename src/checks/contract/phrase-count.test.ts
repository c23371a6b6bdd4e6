import { describe, expect, it } from 'vitest';
import { resolveError, runCheck } from '../../../test/helpers/run-check.js';

describe('phrase_count', () => {
  it('counts non-overlapping occurrences, case-insensitive, inside words too', async () => {
    expect(
      (await runCheck({ check: 'phrase_count', phrase: 'cat', exact: 3 }, 'Cat, cats and concatenate')).pass,
    ).toBe(true);
    expect(
      (
        await runCheck(
          { check: 'phrase_count', phrase: 'cat', exact: 1, whole_words: true },
          'Cat, cats and concatenate',
        )
      ).pass,
    ).toBe(true);
    expect((await runCheck({ check: 'phrase_count', phrase: 'aa', max: 1 }, 'aaaa')).detail).toBe(
      '2 × "aa", at most 1 allowed',
    );
  });
  it('is what IFEval keywords:frequency maps to', async () => {
    const spec = { check: 'keywords:frequency', keyword: 'rose', frequency: 2, relation: 'at least' };
    expect((await runCheck(spec, 'A rose is a Rose.')).pass).toBe(true);
    expect((await runCheck({ ...spec, relation: 'less than' }, 'A rose is a Rose.')).pass).toBe(false);
  });
  it('needs the phrase and reports a missing keyword kwarg', async () => {
    expect((await resolveError({ check: 'phrase_count', min: 1 })).location.field).toBe('contract[1].phrase');
    expect(
      (await resolveError({ check: 'keywords:frequency', frequency: 1, relation: 'at least' })).location
        .field,
    ).toBe('contract[1].keyword');
  });
});
