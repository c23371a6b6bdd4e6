import { describe, expect, it } from 'vitest';
import { resolveError, runCheck } from '../../../test/helpers/run-check.js';

describe('required_phrases', () => {
  it('needs every phrase, case-insensitive by default, and names the missing ones', async () => {
    const spec = { check: 'required_phrases', phrases: ['refund', 'ticket number'] };
    expect((await runCheck(spec, 'Your REFUND is on its way; Ticket Number 7.')).pass).toBe(true);
    expect(await runCheck(spec, 'Your refund is on its way.')).toEqual({
      pass: false,
      detail: 'missing "ticket number"',
    });
  });
  it('case_sensitive and whole_words narrow the match', async () => {
    expect(
      (await runCheck({ check: 'required_phrases', phrases: ['Acme'], case_sensitive: true }, 'acme')).pass,
    ).toBe(false);
    expect((await runCheck({ check: 'required_phrases', phrases: ['cat'] }, 'category')).pass).toBe(true);
    expect(
      (await runCheck({ check: 'required_phrases', phrases: ['cat'], whole_words: true }, 'category')).pass,
    ).toBe(false);
  });
  it('treats phrases as text, not patterns', async () => {
    expect((await runCheck({ check: 'required_phrases', phrases: ['(a+b)'] }, 'sum (a+b) here')).pass).toBe(
      true,
    );
  });
  it('is what IFEval keywords:existence maps to', async () => {
    expect(
      (await runCheck({ check: 'keywords:existence', keywords: ['dog', 'Cat'] }, 'hotdogs and cats')).pass,
    ).toBe(true);
  });
  it('rejects an empty list or a non-string phrase at its field', async () => {
    expect((await resolveError({ check: 'required_phrases', phrases: [] })).location.field).toBe(
      'contract[1].phrases',
    );
    expect((await resolveError({ check: 'required_phrases', phrases: ['a', 2] })).location.field).toBe(
      'contract[1].phrases[1]',
    );
  });
});
