import { describe, expect, it } from 'vitest';
import { fisherExact } from '../../stats/fisher-exact.js';
import { holmAdjust } from '../../stats/holm.js';
import { accuracySlices, lengthSlices, positionSlice } from './accuracy-slices.js';

describe('positionSlice', () => {
  it('puts the gold passage first, 2–3, middle or last', () => {
    expect([1, 2, 3, 4, 5].map((position) => positionSlice(position, 5))).toEqual([
      'first',
      '2–3',
      '2–3',
      'middle',
      'last',
    ]);
    expect(positionSlice(2, 2)).toBe('last');
    expect(positionSlice(1, 1)).toBe('first');
  });
});

describe('accuracySlices', () => {
  it('gives each slice its Wilson accuracy, a Fisher test against the rest, and Holm-adjusted p-values', () => {
    const entries = [
      ...Array.from({ length: 10 }, (_, index) => ({ slice: 'first', correct: index < 9 })),
      ...Array.from({ length: 10 }, (_, index) => ({ slice: 'middle', correct: index < 3 })),
      ...Array.from({ length: 10 }, (_, index) => ({ slice: 'last', correct: index < 8 })),
    ];
    const slices = accuracySlices(entries, ['first', '2–3', 'middle', 'last'], 0.05);
    expect(slices.map((slice) => slice.label)).toEqual(['first', 'middle', 'last']);
    expect(slices[1]!.accuracy).toMatchObject({ value: 0.3, k: 3, n: 10 });
    expect(slices[1]!.pValue).toBeCloseTo(fisherExact(3, 7, 17, 3), 12);
    const adjusted = holmAdjust(slices.map((slice) => slice.pValue));
    expect(slices.map((slice) => slice.adjustedPValue)).toEqual(adjusted);
  });
});

describe('lengthSlices', () => {
  it('cuts at the quartiles and labels the ranges', () => {
    const buckets = lengthSlices([100, 200, 300, 400, 500, 600, 700, 800]);
    expect(buckets.labels).toEqual(['≤ 200 chars', '201–400 chars', '401–600 chars', '> 600 chars']);
    expect(buckets.sliceOf(150)).toBe('≤ 200 chars');
    expect(buckets.sliceOf(800)).toBe('> 600 chars');
  });
  it('gives no slices for too few items or equal lengths', () => {
    expect(lengthSlices([1, 2, 3]).labels).toEqual([]);
    expect(lengthSlices(new Array(10).fill(50)).labels).toEqual([]);
    expect(lengthSlices([10, 10, 50, 50, 50, 50, 50, 50, 50]).labels).toEqual([]);
  });
});
