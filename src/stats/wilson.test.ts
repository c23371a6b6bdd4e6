import { describe, expect, it } from 'vitest';
import { normalQuantile } from './normal-quantile.js';
import { minimumDetectableLift } from './power.js';
import { wilson } from './wilson.js';

describe('wilson', () => {
  it('matches the stats.md test vector wilson(7, 10) → [0.39678, 0.89221]', () => {
    const estimate = wilson(7, 10);
    expect(estimate.low).toBeCloseTo(0.39678, 5);
    expect(estimate.high).toBeCloseTo(0.89221, 5);
    expect(estimate.value).toBe(0.7);
  });
  it('gives the whole unit interval when n = 0', () => {
    expect(wilson(0, 0)).toMatchObject({ low: 0, high: 1 });
  });
  it('stays inside [0, 1] at the edges', () => {
    expect(wilson(0, 30).low).toBe(0);
    expect(wilson(30, 30).high).toBe(1);
  });
});

describe('normalQuantile', () => {
  it('gives 1.959963984540054 at 0.975', () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 12);
  });
});

describe('minimumDetectableLift', () => {
  it('reproduces the stats.md §1.5 table', () => {
    expect(minimumDetectableLift(30, 0.1) * 100).toBeCloseTo(14.4, 1);
    expect(minimumDetectableLift(100, 0.2) * 100).toBeCloseTo(12.1, 1);
    expect(minimumDetectableLift(300, 0.3) * 100).toBeCloseTo(8.7, 1);
    expect(minimumDetectableLift(1000, 0.1) * 100).toBeCloseTo(2.8, 1);
  });
});
