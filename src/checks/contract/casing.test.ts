import { describe, expect, it } from 'vitest';
import { resolveError, runCheck } from '../../../test/helpers/run-check.js';

describe('casing', () => {
  it('lower and upper follow Python islower/isupper (digits and punctuation are neutral)', async () => {
    expect((await runCheck({ check: 'casing', style: 'lower' }, 'all lower, 42 times!')).pass).toBe(true);
    expect(await runCheck({ check: 'casing', style: 'lower' }, 'Not lower')).toEqual({
      pass: false,
      detail: 'not lower case: contains capital letters',
    });
    expect((await runCheck({ check: 'casing', style: 'upper' }, 'ALL CAPS, 42!')).pass).toBe(true);
    expect((await runCheck({ check: 'casing', style: 'upper' }, '42 !')).detail).toBe(
      'not upper case: contains no letters',
    );
  });
  it('sentence case needs each sentence to start with a capital', async () => {
    expect((await runCheck({ check: 'casing', style: 'sentence' }, 'One thing. Another thing.')).pass).toBe(
      true,
    );
    expect(
      (await runCheck({ check: 'casing', style: 'sentence' }, 'One thing. another thing.')).detail,
    ).toMatch(/starts lower-case/);
  });
  it('title case allows minor words inside', async () => {
    expect((await runCheck({ check: 'casing', style: 'title' }, 'The Lord of the Rings')).pass).toBe(true);
    expect((await runCheck({ check: 'casing', style: 'title' }, 'The lord of the Rings')).detail).toBe(
      'not title case: word "lord" is not capitalised',
    );
  });
  it('with language also requires it (IFEval english_capital / english_lowercase)', async () => {
    expect(
      (await runCheck({ check: 'change_case:english_capital' }, 'THIS IS A SHORT ANSWER WRITTEN IN ENGLISH.'))
        .pass,
    ).toBe(true);
    const german = await runCheck(
      { check: 'casing', style: 'upper', language: 'en' },
      'DAS IST EINE ANTWORT AUF DEUTSCH, NICHT AUF ENGLISCH.',
    );
    expect(german.detail).toMatch(/^detected de/);
    expect((await runCheck({ check: 'change_case:english_lowercase' }, 'yes')).detail).toMatch(
      /too few to verify/,
    );
  });
  it('rejects an unknown style and language', async () => {
    expect((await resolveError({ check: 'casing', style: 'camel' })).location.field).toBe(
      'contract[1].style',
    );
    expect(
      (await resolveError({ check: 'casing', style: 'lower', language: 'english' })).location.field,
    ).toBe('contract[1].language');
  });
});
