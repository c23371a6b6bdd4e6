import { describe, expect, it } from 'vitest';
import { resolveError, runCheck } from '../../../test/helpers/run-check.js';

describe('two_responses', () => {
  it('needs two different non-empty responses around ******', async () => {
    expect((await runCheck({ check: 'two_responses' }, 'First answer.\n******\nSecond answer.')).pass).toBe(
      true,
    );
    expect(
      (await runCheck({ check: 'combination:two_responses' }, '******\nA\n******\nB\n******')).pass,
    ).toBe(true);
    expect(await runCheck({ check: 'two_responses' }, 'Same\n******\nSame ')).toEqual({
      pass: false,
      detail: 'the two responses are the same',
    });
    expect((await runCheck({ check: 'two_responses' }, 'A\n******\n******\nB')).detail).toBe(
      'an empty response between two ****** separators',
    );
    expect((await runCheck({ check: 'two_responses' }, 'Only one')).detail).toBe('1 response(s), 2 required');
  });
  it('takes no parameters', async () => {
    expect((await resolveError({ check: 'two_responses', count: 2 })).message).toMatch(/unknown key/);
  });
});
