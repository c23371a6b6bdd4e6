import { describe, expect, it } from 'vitest';
import { countSentences, splitSentences } from './sentence-splitter.js';

describe('splitSentences (Punkt-like)', () => {
  it('splits at . ? ! followed by space, keeping the punctuation', () => {
    expect(splitSentences('Hello world. This is a test! Is it? Yes.')).toEqual([
      'Hello world.',
      'This is a test!',
      'Is it?',
      'Yes.',
    ]);
  });
  it('does not split at known abbreviations, decimals or inside tokens', () => {
    expect(countSentences('Dr. Smith paid $3.50 at 5 p.m. in Washington D.C. yesterday.')).toBe(1);
    expect(countSentences('Visit example.com today.')).toBe(1);
  });
  it('splits after an abbreviation when a capitalised common word follows', () => {
    expect(splitSentences('He moved to the U.S. The move was hard.')).toEqual([
      'He moved to the U.S.',
      'The move was hard.',
    ]);
  });
  it('splits after e.g. and etc. as Punkt English does (they are not in its abbreviation list)', () => {
    expect(countSentences('Bring fruit, e.g. apples.')).toBe(2);
  });
  it('keeps initials before names together, but not before common words', () => {
    expect(countSentences('J. Bach wrote it.')).toBe(1);
    expect(countSentences('Choose plan B. Let me know.')).toBe(2);
  });
  it('numbers with a full stop split only before a capitalised word', () => {
    expect(splitSentences('1. First\n2. second')).toEqual(['1.', 'First\n2. second']);
  });
  it('never splits at line breaks alone', () => {
    expect(countSentences('Title\n\nBody text without stop\n- item')).toBe(1);
  });
  it('keeps closing quotes and brackets with their sentence', () => {
    expect(splitSentences('He said "Stop." Then he left. (It was late.) Fine.')).toEqual([
      'He said "Stop."',
      'Then he left.',
      '(It was late.)',
      'Fine.',
    ]);
  });
  it('handles runs of end punctuation and ellipses', () => {
    expect(splitSentences('What?! Really... The end')).toEqual(['What?!', 'Really...', 'The end']);
  });
  it('finds no sentence in blank text and one in text without punctuation', () => {
    expect(splitSentences('  \n ')).toEqual([]);
    expect(splitSentences('no punctuation at all')).toEqual(['no punctuation at all']);
  });
});
