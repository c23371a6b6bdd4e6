import { describe, expect, it } from 'vitest';
import { resolveError, runCheck } from '../../../test/helpers/run-check.js';

describe('language', () => {
  it('detects the language of ordinary text', async () => {
    expect(
      (
        await runCheck(
          { check: 'language', language: 'de' },
          'Vielen Dank für Ihre Nachricht, wir melden uns morgen bei Ihnen.',
        )
      ).pass,
    ).toBe(true);
    const outcome = await runCheck(
      { check: 'language', language: 'de' },
      'Thank you for your message, we will get back to you tomorrow.',
    );
    expect(outcome).toEqual({ pass: false, detail: 'detected en (eng), expected de' });
  });
  it('knows scripts of their own from little text, and Hebrew and Finnish beyond franc-min', async () => {
    expect((await runCheck({ check: 'language', language: 'ko' }, '안녕')).pass).toBe(true);
    expect(
      (await runCheck({ check: 'language', language: 'he' }, 'שלום, מה שלומך היום? אני בבית.')).pass,
    ).toBe(true);
    expect(
      (
        await runCheck(
          { check: 'language', language: 'fi' },
          'Hyvää päivää! Olen kotona ja luen kirjaa, mutta se on tylsää.',
        )
      ).pass,
    ).toBe(true);
  });
  it('text without letters counts as met; too few letters as not met (documented)', async () => {
    expect(await runCheck({ check: 'language', language: 'en' }, '42 %')).toEqual({
      pass: true,
      detail: 'no letters to judge; counted as met',
    });
    expect((await runCheck({ check: 'language', language: 'en' }, 'OK!')).pass).toBe(false);
  });
  it('is what IFEval response_language maps to', async () => {
    expect(
      (
        await runCheck(
          { check: 'language:response_language', language: 'it' },
          'Ciao, come stai? Oggi è una bella giornata di sole.',
        )
      ).pass,
    ).toBe(true);
  });
  it('rejects codes it cannot detect', async () => {
    const error = await resolveError({ check: 'language', language: 'eng' });
    expect(error.location.field).toBe('contract[1].language');
    expect(error.message).toMatch(/ISO 639-1/);
  });
});
