import { describe, expect, it } from 'vitest';
import { resolveError, runCheck } from '../../../test/helpers/run-check.js';

describe('placeholders', () => {
  it('counts [bracketed] placeholders on one line', async () => {
    expect((await runCheck({ check: 'placeholders', min: 2 }, 'Dear [name], at [address].')).pass).toBe(true);
    expect(await runCheck({ check: 'placeholders', max: 0 }, 'Dear [name]')).toEqual({
      pass: false,
      detail: '1 placeholders, at most 0 allowed',
    });
    expect((await runCheck({ check: 'placeholders', exact: 0 }, 'a [b\nc] d')).pass).toBe(true);
  });
  it('is what IFEval number_placeholders maps to (at least)', async () => {
    expect(
      (await runCheck({ check: 'detectable_content:number_placeholders', num_placeholders: 3 }, '[a] [b]'))
        .pass,
    ).toBe(false);
  });
  it('needs a bound', async () => {
    expect((await resolveError({ check: 'placeholders' })).location.field).toBe('contract[1]');
  });
});
