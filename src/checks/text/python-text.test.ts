import { describe, expect, it } from 'vitest';
import { isBlank, isLower, isUpper, splitWhitespace, strip } from './python-text.js';

describe('Python text semantics', () => {
  it('strip uses Python whitespace (U+001F and U+0085 yes, U+FEFF no)', () => {
    expect(strip('\u001f\u0085 a \u3000')).toBe('a');
    expect(strip('\ufeffa')).toBe('\ufeffa');
    expect(isBlank(' \n\t\u00a0')).toBe(true);
    expect(isBlank('\ufeff')).toBe(false);
  });
  it('isUpper / isLower need a cased character and none of the other case', () => {
    expect(isUpper('ABC 123!')).toBe(true);
    expect(isUpper('123')).toBe(false);
    expect(isUpper('ABc')).toBe(false);
    expect(isUpper('ǅ')).toBe(false);
    expect(isLower('abc-1')).toBe(true);
    expect(isLower('ǆ')).toBe(true);
    expect(isLower('')).toBe(false);
  });
  it('splitWhitespace drops empty pieces', () => {
    expect(splitWhitespace('  a \n b  ')).toEqual(['a', 'b']);
    expect(splitWhitespace('   ')).toEqual([]);
  });
});
