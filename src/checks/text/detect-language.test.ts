import { francAll } from 'franc-min';
import { describe, expect, it } from 'vitest';
import { detectableLanguages, detectLanguage, loadLanguageJudge } from './detect-language.js';

describe('detectLanguage', () => {
  it('returns ISO 639-1 codes', () => {
    expect(detectLanguage('Le chat est sur la table et il dort depuis ce matin.', francAll)).toMatchObject({
      language: 'fr',
      raw: 'fra',
    });
    expect(detectLanguage('यह एक छोटा सा वाक्य है जो हिंदी में लिखा गया है।', francAll)).toMatchObject({
      language: 'hi',
    });
  });
  it('only considers languages with a two-letter code', () => {
    for (const code of detectableLanguages) expect(code).toMatch(/^[a-z]{2}$/);
  });
  it('separates no letters from too few letters', async () => {
    expect(detectLanguage('12 + 30 = 42', francAll)).toEqual({ kind: 'no_letters' });
    expect(detectLanguage('Ja, gut.', francAll)).toEqual({ kind: 'too_short', letters: 5 });
    expect((await loadLanguageJudge())('Ja, gut.', 'de')).toEqual({
      pass: false,
      detail: 'only 5 letter(s), too few to verify the language is de',
    });
  });
});
