import { describe, expect, it } from 'vitest';
import { newcombeUnpaired } from './newcombe-unpaired.js';

// Newcombe (1998) Table II, method 10: the eight worked examples (a)–(h), to 4 decimals.
const newcombeTable: [number, number, number, number, number, number][] = [
  [56, 70, 48, 80, 0.0524, 0.3339],
  [9, 10, 3, 10, 0.1705, 0.809],
  [6, 7, 2, 7, 0.0582, 0.8062],
  [5, 56, 0, 29, -0.0381, 0.1926],
  [0, 10, 0, 20, -0.1611, 0.2775],
  [0, 10, 0, 10, -0.2775, 0.2775],
  [10, 10, 0, 20, 0.6791, 1],
  [10, 10, 0, 10, 0.6075, 1],
];

describe('newcombeUnpaired', () => {
  it.each(newcombeTable)(
    'reproduces Newcombe 1998 method 10 for %i/%i − %i/%i: [%f, %f]',
    (k1, n1, k2, n2, low, high) => {
      const estimate = newcombeUnpaired(k1, n1, k2, n2);
      expect(estimate.value).toBeCloseTo(k1 / n1 - k2 / n2, 12);
      expect(estimate.low).toBeCloseTo(low, 4);
      expect(estimate.high).toBeCloseTo(high, 4);
      expect(estimate.method).toBe('newcombe');
    },
  );
  it('is antisymmetric: swapping the groups mirrors the interval', () => {
    const forward = newcombeUnpaired(30, 50, 12, 40);
    const backward = newcombeUnpaired(12, 40, 30, 50);
    expect(backward.value).toBeCloseTo(-forward.value, 12);
    expect(backward.low).toBeCloseTo(-forward.high, 12);
    expect(backward.high).toBeCloseTo(-forward.low, 12);
  });
  it('widens with a higher confidence level', () => {
    const at95 = newcombeUnpaired(30, 50, 12, 40, 0.05);
    const at99 = newcombeUnpaired(30, 50, 12, 40, 0.01);
    expect(at99.low).toBeLessThan(at95.low);
    expect(at99.high).toBeGreaterThan(at95.high);
  });
  it('stays inside [−1, 1] when a group is empty', () => {
    const estimate = newcombeUnpaired(5, 10, 0, 0);
    expect(estimate.low).toBeGreaterThanOrEqual(-1);
    expect(estimate.high).toBeLessThanOrEqual(1);
  });
});
