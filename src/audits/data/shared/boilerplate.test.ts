import { describe, expect, it } from 'vitest';
import { LineFrequency, sameBoilerplate } from './boilerplate.js';

describe('boilerplate lines (lossy counting)', () => {
  it('finds lines in at least 5% of rows, counted once per row, and strips only them', () => {
    const lines = new LineFrequency();
    for (let row = 0; row < 5000; row++) {
      const texts = [
        `Template line A\nunique ${row}`,
        row % 10 === 0 ? 'Rare header\nTemplate line A' : `other ${row}`,
      ];
      lines.addTexts(texts);
    }
    const frequent = lines.frequent(0.05, 10);
    expect(frequent.count).toBe(2);
    expect(frequent.samples).toEqual(expect.arrayContaining(['Template line A', 'Rare header']));
    expect(frequent.strip('Template line A\nkeep me\n  Rare header  ')).toBe('keep me');
    const stricter = lines.frequent(0.5, 10);
    expect(stricter.count).toBe(1);
    expect(sameBoilerplate(frequent, stricter)).toBe(false);
    expect(sameBoilerplate(frequent, lines.frequent(0.05, 10))).toBe(true);
  });

  it('keeps the lines of small sets (min_rows)', () => {
    const lines = new LineFrequency();
    for (let row = 0; row < 20; row++) lines.addTexts(['same line']);
    expect(lines.frequent(0.05, 30).count).toBe(0);
  });
});
