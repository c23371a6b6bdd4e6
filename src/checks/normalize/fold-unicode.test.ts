import { describe, expect, it } from 'vitest';
import { foldUnicode } from './fold-unicode.js';

describe('foldUnicode', () => {
  it('maps curly quotes, dashes and the minus sign to ASCII', () => {
    expect(foldUnicode('“billing” ‘x’ – — −3')).toBe('"billing" \'x\' - - -3');
  });
  it('applies NFKC: full-width letters, ligatures and no-break spaces', () => {
    expect(foldUnicode('ＢＩＬＬＩＮＧ ﬁle a\u00A0b')).toBe('BILLING file a b');
  });
  it('removes zero-width characters and the byte-order mark', () => {
    expect(foldUnicode('\uFEFFbill\u200Bing')).toBe('billing');
  });
  it('leaves plain ASCII and case untouched', () => {
    const text = 'Billing, "as is".\n';
    expect(foldUnicode(text)).toBe(text);
  });
});
