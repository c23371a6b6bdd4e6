import { describe, expect, it } from 'vitest';
import { resolveError, runCheck } from '../../../test/helpers/run-check.js';

describe('no_hedging', () => {
  it('uses a default list of hedges', async () => {
    expect(await runCheck({ check: 'no_hedging' }, 'The answer is maybe 4.')).toEqual({
      pass: false,
      detail: 'found "maybe" at char 14',
    });
    expect((await runCheck({ check: 'no_hedging' }, "I'm not sure it fits.")).pass).toBe(false);
    expect((await runCheck({ check: 'no_hedging' }, 'The answer is 4.')).pass).toBe(true);
  });
  it('phrases replace the default list', async () => {
    expect((await runCheck({ check: 'no_hedging', phrases: ['probably'] }, 'maybe')).pass).toBe(true);
  });
  it('rejects a non-array', async () => {
    expect((await resolveError({ check: 'no_hedging', phrases: 'maybe' })).location.field).toBe(
      'contract[1].phrases',
    );
  });
});
