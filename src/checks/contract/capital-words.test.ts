import { describe, expect, it } from 'vitest';
import { resolveError, runCheck } from '../../../test/helpers/run-check.js';

describe('capital_words', () => {
  it('counts NLTK-style tokens written in capitals', async () => {
    // I, DO, N'T, NASA, WELL-KNOWN, AT, T (AT&T splits), OK
    const text = "I DON'T like NASA's WELL-KNOWN AT&T deal. OK?";
    expect((await runCheck({ check: 'capital_words', exact: 8 }, text)).pass).toBe(true);
    expect((await runCheck({ check: 'capital_words', max: 2 }, text)).detail).toBe(
      '8 words in capitals, at most 2 allowed',
    );
  });
  it('is what IFEval capital_word_frequency maps to ("less than" n → max n - 1)', async () => {
    const spec = {
      check: 'change_case:capital_word_frequency',
      capital_frequency: 2,
      capital_relation: 'less than',
    };
    expect((await runCheck(spec, 'ONE word')).pass).toBe(true);
    expect((await runCheck(spec, 'ONE TWO words')).pass).toBe(false);
  });
  it('rejects an unknown relation in the alias', async () => {
    const error = await resolveError({
      check: 'change_case:capital_word_frequency',
      capital_frequency: 2,
      capital_relation: 'at most',
    });
    expect(error.location.field).toBe('contract[1].capital_relation');
  });
});
