import { describe, expect, it } from 'vitest';
import { labellingCost, labourCost } from './labour-cost.js';

describe('labourCost', () => {
  it('40 h × $100/h = $4,000', () => {
    expect(labourCost(40, 100)).toMatchObject({ hours: 40, usd: 4000 });
  });
});

describe('labellingCost (evidence-cost.md §6.1)', () => {
  it('1,000 examples × 3 min / 60 = 50 h × $30/h = $1,500', () => {
    expect(
      labellingCost({ examples: 1000, minutesPerExample: 3, hourlyRate: 30, qaRework: 0 }),
    ).toMatchObject({
      hours: 50,
      usd: 1500,
    });
  });
  it('adds the QA rework share: × 1.2 → 60 h, $1,800', () => {
    const cost = labellingCost({ examples: 1000, minutesPerExample: 3, hourlyRate: 30, qaRework: 0.2 });
    expect(cost.hours).toBeCloseTo(60, 10);
    expect(cost.usd).toBeCloseTo(1800, 10);
  });
});
