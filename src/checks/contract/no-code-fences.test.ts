import { describe, expect, it } from 'vitest';
import { resolveError, runCheck } from '../../../test/helpers/run-check.js';

describe('no_code_fences', () => {
  it('finds backtick and tilde fences with their line', async () => {
    expect((await runCheck({ check: 'no_code_fences' }, '{"a": 1}')).pass).toBe(true);
    expect(await runCheck({ check: 'no_code_fences' }, 'Here:\n```json\n{}\n```')).toEqual({
      pass: false,
      detail: 'code fence ``` at line 2',
    });
    expect((await runCheck({ check: 'no_code_fences' }, '~~~\ncode\n~~~')).pass).toBe(false);
  });
  it('ignores inline backticks', async () => {
    expect((await runCheck({ check: 'no_code_fences' }, 'Run `npm test`.')).pass).toBe(true);
  });
  it('takes no parameters', async () => {
    expect((await resolveError({ check: 'no_code_fences', strict: true })).message).toMatch(/unknown key/);
  });
});
