import { describe, expect, it } from 'vitest';
import { foldWhitespace } from './fold-whitespace.js';

describe('foldWhitespace', () => {
  it('collapses runs of any whitespace to one space and trims', () => {
    expect(foldWhitespace('  a\t\tb\r\n c\u00A0\u2003d \u3000')).toBe('a b c d');
  });
  it('keeps single spaces inside', () => {
    expect(foldWhitespace('account access')).toBe('account access');
  });
});
