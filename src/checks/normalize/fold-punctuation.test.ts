import { describe, expect, it } from 'vitest';
import { foldPunctuation } from './fold-punctuation.js';

describe('foldPunctuation', () => {
  it('removes ASCII and Unicode punctuation', () => {
    expect(foldPunctuation('"billing." (yes!) ¿qué? «x» tech-support')).toBe('billing yes qué x techsupport');
  });
  it('keeps punctuation between digits so numbers keep their meaning', () => {
    expect(foldPunctuation('3.14 and 1,000.')).toBe('3.14 and 1,000');
    expect(foldPunctuation('1.5')).not.toBe(foldPunctuation('15'));
  });
  it('keeps symbols that change meaning', () => {
    expect(foldPunctuation('$5 + 10%')).toBe('$5 + 10%');
  });
});
