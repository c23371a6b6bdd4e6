import { describe, expect, it } from 'vitest';
import { resolveError, runCheck } from '../../../test/helpers/run-check.js';

describe('forbidden_phrases', () => {
  const spec = { check: 'forbidden_phrases', phrases: ['As an AI', 'AI'] };
  it('finds a phrase as a whole word, case-insensitive, and says where', async () => {
    expect(await runCheck(spec, 'Well, as an ai model I think')).toEqual({
      pass: false,
      detail: 'found "as an ai" at char 6',
    });
    expect((await runCheck(spec, 'She said it was fair.')).pass).toBe(true);
  });
  it('whole_words: false also finds it inside words; case_sensitive compares case', async () => {
    expect(
      (await runCheck({ check: 'forbidden_phrases', phrases: ['ai'], whole_words: false }, 'She said')).pass,
    ).toBe(false);
    expect(
      (await runCheck({ check: 'forbidden_phrases', phrases: ['AI'], case_sensitive: true }, 'ai rules'))
        .pass,
    ).toBe(true);
  });
  it('matches typographic apostrophes for straight ones', async () => {
    expect((await runCheck({ check: 'forbidden_phrases', phrases: ["can't"] }, 'I can’t do that')).pass).toBe(
      false,
    );
  });
  it('is what IFEval forbidden_words and no_comma map to', async () => {
    expect(
      (await runCheck({ check: 'keywords:forbidden_words', forbidden_words: ['bad'] }, 'Badminton is fine'))
        .pass,
    ).toBe(true);
    expect(
      (await runCheck({ check: 'keywords:forbidden_words', forbidden_words: ['bad'] }, 'Not BAD.')).pass,
    ).toBe(false);
    expect(await runCheck({ check: 'punctuation:no_comma' }, 'One, two')).toEqual({
      pass: false,
      detail: 'found "," at char 3',
    });
  });
  it('rejects a missing list', async () => {
    expect((await resolveError({ check: 'forbidden_phrases' })).location.field).toBe('contract[1].phrases');
  });
});
