import { describe, expect, it } from 'vitest';
import { comparableText } from './comparable-text.js';

describe('comparableText', () => {
  it('folds case and whitespace runs, and trims', () => {
    expect(comparableText('  Reset  your\tPassword\r\n now ')).toBe('reset your password now');
  });
  it('applies NFKC to non-ASCII text (full-width letters, ligatures, no-break spaces)', () => {
    expect(comparableText('Ｒｅｓｅｔ\u00a0the ﬁle')).toBe('reset the file');
  });
  it('gives the same key for ASCII text with and without the fast path', () => {
    const text = 'Where is my ORDER #123?\n\nThanks';
    expect(comparableText(text)).toBe(text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim());
  });
  it('leaves an empty or all-space text empty', () => {
    expect(comparableText(' \n\t')).toBe('');
  });
});
