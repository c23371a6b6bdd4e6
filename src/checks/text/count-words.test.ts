import { describe, expect, it } from 'vitest';
import { countWords } from './count-words.js';

describe('countWords (IFEval count_words)', () => {
  it('counts runs of letters, digits and underscores in any script', () => {
    expect(countWords("Don't e-mail snake_case 3.5 times!")).toBe(8);
    expect(countWords('Ünïcödé façade naïve')).toBe(3);
    expect(countWords('日本語 テキスト')).toBe(2);
    expect(countWords(' ... ')).toBe(0);
  });
});
