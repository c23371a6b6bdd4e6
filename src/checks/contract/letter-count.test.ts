import { describe, expect, it } from 'vitest';
import { resolveError, runCheck } from '../../../test/helpers/run-check.js';

describe('letter_count', () => {
  it('counts one character case-insensitively', async () => {
    expect((await runCheck({ check: 'letter_count', letter: 'E', min: 3 }, 'Eve sees')).pass).toBe(true);
    expect(await runCheck({ check: 'letter_count', letter: 'e', max: 1 }, 'Eve sees')).toEqual({
      pass: false,
      detail: '4 "e", at most 1 allowed',
    });
    expect((await runCheck({ check: 'letter_count', letter: '#', exact: 2 }, '#a #b')).pass).toBe(true);
  });
  it('is what IFEval letter_frequency maps to', async () => {
    expect(
      (
        await runCheck(
          { check: 'keywords:letter_frequency', letter: 'z', let_frequency: 2, let_relation: 'at least' },
          'Zoo zone',
        )
      ).pass,
    ).toBe(true);
  });
  it('needs exactly one character', async () => {
    expect((await resolveError({ check: 'letter_count', letter: 'ab', min: 1 })).location.field).toBe(
      'contract[1].letter',
    );
  });
});
