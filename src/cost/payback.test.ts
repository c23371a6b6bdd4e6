import { describe, expect, it } from 'vitest';
import { monthlyValue } from './monthly-value.js';
import { breakEvenLift, payback } from './payback.js';

describe('monthlyValue', () => {
  it('5.2 points × $800 per point per month = $4,160', () => {
    expect(monthlyValue(0.052, 800)).toBeCloseTo(4160, 9);
  });
});

describe('payback', () => {
  it('$11,000 one-off, $4,160 value, $96 running → 2.707 months, pays back within 12', () => {
    const result = payback({
      oneOffUsd: 11_000,
      monthlyValueUsd: 4160,
      monthlyCostUsd: 96,
      horizonMonths: 12,
    });
    expect(result.monthlyNetUsd).toBe(4064);
    expect(result.paybackMonths).toBeCloseTo(11_000 / 4064, 12);
    expect(result.paysBack).toBe(true);
    expect(result.netOverHorizonUsd).toBe(4064 * 12 - 11_000);
  });
  it('never pays back when the running cost eats the value', () => {
    const result = payback({ oneOffUsd: 100, monthlyValueUsd: 500, monthlyCostUsd: 600, horizonMonths: 12 });
    expect(result.paybackMonths).toBeNull();
    expect(result.paysBack).toBe(false);
  });
  it('does not pay back when it takes longer than the horizon (24 months > 12)', () => {
    const result = payback({
      oneOffUsd: 24_000,
      monthlyValueUsd: 1000,
      monthlyCostUsd: 0,
      horizonMonths: 12,
    });
    expect(result.paybackMonths).toBe(24);
    expect(result.paysBack).toBe(false);
  });
  it('pays back at once when there is nothing to earn back', () => {
    expect(
      payback({ oneOffUsd: 0, monthlyValueUsd: 0, monthlyCostUsd: 0, horizonMonths: 12 }).paybackMonths,
    ).toBe(0);
  });
});

describe('breakEvenLift', () => {
  it('($12,000 / 12 + $200) / $800 per point = 1.5 points', () => {
    expect(
      breakEvenLift({
        oneOffUsd: 12_000,
        monthlyCostUsd: 200,
        horizonMonths: 12,
        valuePerPointPerMonth: 800,
      }),
    ).toBeCloseTo(0.015, 12);
  });
  it('is 0 when fine-tuning saves more per month than its one-off cost spread over the horizon', () => {
    expect(
      breakEvenLift({ oneOffUsd: 1200, monthlyCostUsd: -500, horizonMonths: 12, valuePerPointPerMonth: 800 }),
    ).toBe(0);
  });
});
