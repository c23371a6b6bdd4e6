import { describe, expect, it } from 'vitest';
import { holmAdjust } from './holm.js';

describe('holmAdjust', () => {
  it('matches the stats.md vector (checked against @stdlib padjust): [.01, .04, .03] → [.03, .06, .06]', () => {
    const adjusted = holmAdjust([0.01, 0.04, 0.03]);
    expect(adjusted[0]).toBeCloseTo(0.03, 12);
    expect(adjusted[1]).toBeCloseTo(0.06, 12);
    expect(adjusted[2]).toBeCloseTo(0.06, 12);
  });
  it("matches R's p.adjust(c(0.01, 0.02, 0.03, 0.04, 0.05), 'holm') = 0.05, 0.08, 0.09, 0.09, 0.09", () => {
    const adjusted = holmAdjust([0.01, 0.02, 0.03, 0.04, 0.05]);
    [0.05, 0.08, 0.09, 0.09, 0.09].forEach((expected, index) => {
      expect(adjusted[index]).toBeCloseTo(expected, 12);
    });
  });
  it('caps at 1 and keeps the input order', () => {
    expect(holmAdjust([0.9, 0.001])).toEqual([0.9, 0.002]);
    expect(holmAdjust([0.6, 0.7])).toEqual([1, 1]);
  });
  it('is the identity for a single p-value and empty for none', () => {
    expect(holmAdjust([0.2])).toEqual([0.2]);
    expect(holmAdjust([])).toEqual([]);
  });
});
