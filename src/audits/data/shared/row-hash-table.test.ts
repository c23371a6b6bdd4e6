import { describe, expect, it } from 'vitest';
import { RowHashTable } from './row-hash-table.js';

describe('RowHashTable', () => {
  it('keeps the first value per key through growth', () => {
    const table = new RowHashTable(4);
    for (let index = 0; index < 10_000; index++)
      expect(table.getOrInsert(index * 7919, index ^ 0x5bd1e995, index)).toBe(-1);
    expect(table.size).toBe(10_000);
    for (let index = 0; index < 10_000; index += 97) {
      expect(table.getOrInsert(index * 7919, index ^ 0x5bd1e995, 123_456)).toBe(index);
      expect(table.get(index * 7919, index ^ 0x5bd1e995)).toBe(index);
    }
    expect(table.get(1, 2)).toBe(-1);
    // Keys differing in one half only are distinct.
    expect(table.getOrInsert(0, 1, 5)).toBe(-1);
    expect(table.getOrInsert(1, 0, 6)).toBe(-1);
  });
});
