import { describe, expect, it } from 'vitest';
import { resolveError, runCheck } from '../../../test/helpers/run-check.js';

describe('paragraph_first_word', () => {
  const text = 'Hello there.\n\n"Summer, it was." He said.\n\nBye.';
  it('checks the count and the first word of paragraph nth (quotes and punctuation dropped)', async () => {
    expect(
      (await runCheck({ check: 'paragraph_first_word', paragraphs: 3, nth: 2, word: 'Summer' }, text)).pass,
    ).toBe(true);
    expect(
      (await runCheck({ check: 'paragraph_first_word', paragraphs: 3, nth: 1, word: 'bye' }, text)).detail,
    ).toBe('paragraph 1 starts with "hello", expected "bye"');
    expect(
      (await runCheck({ check: 'paragraph_first_word', paragraphs: 2, nth: 1, word: 'hello' }, text)).detail,
    ).toBe('3 paragraphs, exactly 2 required');
  });
  it('is what IFEval nth_paragraph_first_word maps to', async () => {
    const spec = {
      check: 'length_constraints:nth_paragraph_first_word',
      num_paragraphs: 3,
      nth_paragraph: 3,
      first_word: 'bye',
    };
    expect((await runCheck(spec, text)).pass).toBe(true);
  });
  it('rejects nth beyond the paragraph count', async () => {
    expect(
      (await resolveError({ check: 'paragraph_first_word', paragraphs: 2, nth: 3, word: 'x' })).location
        .field,
    ).toBe('contract[1].nth');
  });
});
