import { describe, expect, it } from 'vitest';
import { wordTokens } from './word-tokenizer.js';

describe('wordTokens (Treebank-like)', () => {
  it('splits punctuation and contractions, keeps hyphens, slashes and inner full stops', () => {
    expect(wordTokens("I DON'T know, it's WELL-KNOWN in the U.S. and AI/ML!")).toEqual([
      'I',
      'DO',
      "N'T",
      'know',
      ',',
      'it',
      "'s",
      'WELL-KNOWN',
      'in',
      'the',
      'U.S.',
      'and',
      'AI/ML',
      '!',
    ]);
  });
  it('splits quotes, brackets, symbols, cannot and the final full stop', () => {
    expect(wordTokens('"Hi" (AT&T) cannot stop.')).toEqual([
      '``',
      'Hi',
      "''",
      '(',
      'AT',
      '&',
      'T',
      ')',
      'can',
      'not',
      'stop',
      '.',
    ]);
  });
  it('keeps thousands separators inside numbers', () => {
    expect(wordTokens('1,000 cats')).toEqual(['1,000', 'cats']);
  });
});
