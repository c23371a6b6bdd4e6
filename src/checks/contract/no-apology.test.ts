import { describe, expect, it } from 'vitest';
import { resolveError, runCheck } from '../../../test/helpers/run-check.js';

describe('no_apology', () => {
  it('uses a default list of apologies', async () => {
    expect(await runCheck({ check: 'no_apology' }, 'Thanks. We apologize for the delay.')).toEqual({
      pass: false,
      detail: 'found "We apologize" at char 8',
    });
    expect((await runCheck({ check: 'no_apology' }, 'Your refund was issued.')).pass).toBe(true);
  });
  it('phrases replace the default list', async () => {
    expect((await runCheck({ check: 'no_apology', phrases: ['pardon'] }, 'Sorry!')).pass).toBe(true);
    expect((await runCheck({ check: 'no_apology', phrases: ['pardon'] }, 'Pardon me')).pass).toBe(false);
  });
  it('rejects an empty list', async () => {
    expect((await resolveError({ check: 'no_apology', phrases: [] })).location.field).toBe(
      'contract[1].phrases',
    );
  });
});
