import { describe, expect, it } from 'vitest';
import { resolveError, runCheck } from '../../../test/helpers/run-check.js';

describe('ends_with', () => {
  it('ignores trailing whitespace, compares case by default', async () => {
    expect(
      (await runCheck({ check: 'ends_with', suffix: 'Best regards' }, 'Thanks.\nBest regards \n')).pass,
    ).toBe(true);
    const outcome = await runCheck({ check: 'ends_with', suffix: 'Best regards' }, 'Thanks. best regards');
    expect(outcome.pass).toBe(false);
    expect(outcome.detail).toMatch(/^ends with ".*best regards", expected "Best regards"$/);
  });
  it('ignore_quotes drops closing double quotes first (IFEval end_checker)', async () => {
    expect(
      (await runCheck({ check: 'ends_with', suffix: 'Peace!', ignore_quotes: true }, '"Go now. Peace!"'))
        .pass,
    ).toBe(true);
    expect((await runCheck({ check: 'ends_with', suffix: 'Peace!' }, '"Go now. Peace!"')).pass).toBe(false);
    const alias = { check: 'startend:end_checker', end_phrase: 'Any other questions?' };
    expect((await runCheck(alias, 'Done. any other QUESTIONS?"')).pass).toBe(true);
    expect((await runCheck(alias, 'Any other questions? Bye.')).pass).toBe(false);
  });
  it('rejects a non-string suffix', async () => {
    expect((await resolveError({ check: 'ends_with', suffix: 3 })).location.field).toBe('contract[1].suffix');
  });
});
