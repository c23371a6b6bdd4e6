import { describe, expect, it } from 'vitest';
import { foldCase } from './fold-case.js';

describe('foldCase', () => {
  it('lower-cases Unicode letters without a locale', () => {
    expect(foldCase('BILLING Ünïcode ΣΟΦΙΑ I')).toBe('billing ünïcode σοφια i');
  });
  it('does not equate ß and ss (distinct words stay distinct)', () => {
    expect(foldCase('STRASSE')).not.toBe(foldCase('Straße'));
  });
});
