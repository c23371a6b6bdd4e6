import { describe, expect, it } from 'vitest';
import { auditRows, chat } from '../../../test/helpers/audit-harness.js';
import { cleanChatRows } from '../../../test/helpers/training-data.js';
import { dominantScript, functionWordLanguage, languageMismatchAudit } from './language-mismatch.js';

const english =
  'My parcel was supposed to arrive on Monday but it is still not here and the tracking page has not changed for days.';
const spanish =
  'Lo siento mucho por el retraso de su pedido, ya hemos enviado un reemplazo que llegará en dos días a su casa.';
const german =
  'Es tut uns leid, dass die Lieferung nicht angekommen ist, wir haben das Paket noch einmal für Sie verschickt.';

describe('language mismatch', () => {
  it('guesses scripts and Latin-script languages conservatively', () => {
    expect(dominantScript(english)).toBe('Latin');
    expect(
      dominantScript('这是一个很长的中文句子，用来测试脚本检测是否正确工作。我们需要至少二十个字。'),
    ).toBe('Han');
    expect(functionWordLanguage(english)).toBe('eng');
    expect(functionWordLanguage(spanish)).toBe('spa');
    expect(functionWordLanguage('1. 2. 3. x y z')).toBeUndefined();
  });

  it('decides the script from every letter, whether or not it stops reading early', () => {
    // Latin leads early but the rest is Cyrillic: reading must go on to the end.
    expect(dominantScript(`${'a'.repeat(70)}${'Ж'.repeat(200)}`)).toBe('Cyrillic');
    // 60% Latin exactly at the end, with a long Latin start (the early stop fires only when certain).
    expect(dominantScript(`${'b'.repeat(120)}${'Ж'.repeat(80)}`)).toBe('Latin');
    expect(dominantScript(`${'b'.repeat(119)}${'Ж'.repeat(81)}`)).toBeUndefined();
    expect(dominantScript(`${'c'.repeat(19)}${' '.repeat(200)}`)).toBeUndefined();
  });

  it('flags another language or script, confirmed by franc-min', async () => {
    const rows = [
      chat(english, spanish),
      chat(english, german),
      chat(
        english,
        '非常抱歉您的包裹延误了，我们已经重新发货，预计两天内送达，请您耐心等待。谢谢您的理解和支持。',
      ),
      chat(
        english,
        'We are sorry about the delay; a replacement parcel is on its way and should arrive within two days.',
      ),
    ];
    const result = await auditRows(rows, { audits: [languageMismatchAudit] });
    expect(result.findings[0]!.rows).toEqual([1, 2, 3]);
  });

  it('skips requested translations, short texts and code', async () => {
    const rows = [
      chat(`Translate into Spanish: ${english}`, spanish),
      chat('Hola', 'Hello there, how can I help?'),
      chat(
        english,
        `\`\`\`python\nprint("hola mundo, esto es solo codigo de ejemplo para la prueba")\n\`\`\``,
      ),
    ];
    const result = await auditRows(rows, { audits: [languageMismatchAudit] });
    expect(result.findings).toEqual([]);
  });

  it('raises nothing on a clean generated set', async () => {
    expect((await auditRows(cleanChatRows(300, 111), { audits: [languageMismatchAudit] })).findings).toEqual(
      [],
    );
  });
});
