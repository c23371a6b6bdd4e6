import { describe, expect, it } from 'vitest';
import { foldText } from './fold-text.js';
import { lenientJsonEqual } from './lenient-json-equal.js';
import { SynonymTable } from './synonym-table.js';

describe('lenientJsonEqual', () => {
  it('matches keys case- and style-insensitively, and folds strings', () => {
    expect(
      lenientJsonEqual(
        { priority_level: 'High', category: 'billing' },
        { PriorityLevel: 'high.', Category: 'BILLING' },
      ),
    ).toBe(true);
  });
  it('equates numbers with numeric strings, and booleans/null with their names', () => {
    expect(lenientJsonEqual(3, '3')).toBe(true);
    expect(lenientJsonEqual('1,200', 1200)).toBe(true);
    expect(lenientJsonEqual(true, 'True')).toBe(true);
    expect(lenientJsonEqual(null, 'null')).toBe(true);
  });
  it('applies declared synonyms', () => {
    const synonyms = new SynonymTable({ high: ['urgent', 'P1'] }, foldText);
    expect(lenientJsonEqual({ p: 'high' }, { p: 'Urgent' }, { synonyms })).toBe(true);
    expect(lenientJsonEqual({ p: 'high' }, { p: 'low' }, { synonyms })).toBe(false);
  });
  it('never forgives a different value, a missing or extra key, or another order', () => {
    expect(lenientJsonEqual({ category: 'shipping' }, { category: 'billing' })).toBe(false);
    expect(lenientJsonEqual({ a: 1, b: 2 }, { a: 1 })).toBe(false);
    expect(lenientJsonEqual({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(lenientJsonEqual([1, 2], [2, 1])).toBe(false);
    expect(lenientJsonEqual(3, '3.5')).toBe(false);
    expect(lenientJsonEqual(false, 'true')).toBe(false);
    expect(lenientJsonEqual({ a: 1 }, [1])).toBe(false);
  });
});
