import { describe, expect, it } from 'vitest';
import { resolveError, runCheck } from '../../../test/helpers/run-check.js';

describe('starts_with', () => {
  it('ignores leading whitespace and is case-sensitive by default', async () => {
    expect((await runCheck({ check: 'starts_with', prefix: 'Answer:' }, '\n  Answer: 42')).pass).toBe(true);
    expect(await runCheck({ check: 'starts_with', prefix: 'Answer:' }, 'answer: 42')).toEqual({
      pass: false,
      detail: 'starts with "answer:", expected "Answer:"',
    });
    expect(
      (await runCheck({ check: 'starts_with', prefix: 'Answer:', case_sensitive: false }, 'ANSWER: 42')).pass,
    ).toBe(true);
  });
  it('is what IFEval repeat_prompt maps to (prompt stripped, case-insensitive)', async () => {
    const spec = { check: 'combination:repeat_prompt', prompt_to_repeat: ' Write a poem about cats. ' };
    expect((await runCheck(spec, 'write a POEM about cats. Here it is...')).pass).toBe(true);
    expect((await runCheck(spec, 'Sure! Write a poem about cats.')).pass).toBe(false);
  });
  it('needs a non-empty prefix', async () => {
    expect((await resolveError({ check: 'starts_with', prefix: '' })).location.field).toBe(
      'contract[1].prefix',
    );
    expect((await resolveError({ check: 'starts_with' })).location.field).toBe('contract[1].prefix');
  });
});
