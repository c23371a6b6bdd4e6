import { describe, expect, it } from 'vitest';
import { resolveError, runCheck } from '../../../test/helpers/run-check.js';

describe('regex', () => {
  it('must_match (default) needs a match somewhere', async () => {
    expect((await runCheck({ check: 'regex', pattern: 'TICKET-\\d+' }, 'See TICKET-42.')).pass).toBe(true);
    expect(await runCheck({ check: 'regex', pattern: '^TICKET' }, 'See TICKET-42.')).toEqual({
      pass: false,
      detail: 'no match for /^TICKET/',
    });
  });
  it('must_match: false forbids a match and says where it was', async () => {
    const outcome = await runCheck(
      { check: 'regex', pattern: 'as an ai', flags: 'i', must_match: false },
      'Well, As an AI I cannot.',
    );
    expect(outcome).toEqual({ pass: false, detail: '/as an ai/i matched "As an AI" at char 6' });
  });
  it('reports a broken pattern and bad flags at their fields', async () => {
    expect((await resolveError({ check: 'regex', pattern: '(' })).location.field).toBe('contract[1].pattern');
    expect((await resolveError({ check: 'regex', pattern: 'a', flags: 'g' })).location.field).toBe(
      'contract[1].flags',
    );
  });
});
