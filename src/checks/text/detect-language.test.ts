import { describe, expect, it } from 'vitest';
import { detectableLanguages, detectLanguage, languageVerdict } from './detect-language.js';

describe('detectLanguage', () => {
  it('returns ISO 639-1 codes', () => {
    expect(detectLanguage('Le chat est sur la table et il dort depuis ce matin.')).toMatchObject({
      language: 'fr',
      raw: 'fra',
    });
    expect(detectLanguage('यह एक छोटा सा वाक्य है जो हिंदी में लिखा गया है।')).toMatchObject({ language: 'hi' });
  });
  it('only considers languages with a two-letter code', () => {
    for (const code of detectableLanguages) expect(code).toMatch(/^[a-z]{2}$/);
  });
  it('separates no letters from too few letters', () => {
    expect(detectLanguage('12 + 30 = 42')).toEqual({ kind: 'no_letters' });
    expect(detectLanguage('Ja, gut.')).toEqual({ kind: 'too_short', letters: 5 });
    expect(languageVerdict('Ja, gut.', 'de')).toEqual({
      pass: false,
      detail: 'only 5 letter(s), too few to verify the language is de',
    });
  });
});
