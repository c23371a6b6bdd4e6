import { describe, expect, it } from 'vitest';
import { breakEvenTraffic, costOnlyBreakEven } from './break-even-traffic.js';

describe('costOnlyBreakEven (evidence-cost.md §6.2)', () => {
  it('uncached gpt-4.1-mini: one $10.50 run / $0.00028 saved per request = 37,500 requests', () => {
    expect(
      costOnlyBreakEven({
        oneOffUsd: 10.5,
        amortizationMonths: 1,
        fixedMonthlyUsd: 0,
        savingPerRequestUsd: 0.00028,
      }),
    ).toBeCloseTo(37_500, 6);
  });
  it('five runs: 187,500 requests', () => {
    expect(
      costOnlyBreakEven({
        oneOffUsd: 52.5,
        amortizationMonths: 1,
        fixedMonthlyUsd: 0,
        savingPerRequestUsd: 0.00028,
      }),
    ).toBeCloseTo(187_500, 6);
  });
  it('downgrade from few-shot gpt-4.1 to fine-tuned 4.1-mini: $10.50 / $0.00256 ≈ 4,102 requests', () => {
    expect(
      costOnlyBreakEven({
        oneOffUsd: 10.5,
        amortizationMonths: 1,
        fixedMonthlyUsd: 0,
        savingPerRequestUsd: 0.00256,
      }),
    ).toBeCloseTo(4101.5625, 6);
  });
  it('never breaks even when the fine-tune is dearer per request (cached few-shot: $0.00072 < $0.00104)', () => {
    expect(
      costOnlyBreakEven({
        oneOffUsd: 10.5,
        amortizationMonths: 1,
        fixedMonthlyUsd: 0,
        savingPerRequestUsd: 0.00072 - 0.00104,
      }),
    ).toBeNull();
  });
  it('adds hosting: ($1,200 / 12 + $1,964) / $0.002 = 1,032,000 requests per month', () => {
    expect(
      costOnlyBreakEven({
        oneOffUsd: 1200,
        amortizationMonths: 12,
        fixedMonthlyUsd: 1964,
        savingPerRequestUsd: 0.002,
      }),
    ).toBeCloseTo(1_032_000, 6);
  });
});

describe('breakEvenTraffic', () => {
  it('a fine-tune that saves per request pays back from a traffic floor: ($1,200/12 + $500 − $400) / $0.001 = 200,000', () => {
    expect(
      breakEvenTraffic({
        oneOffUsd: 1200,
        horizonMonths: 12,
        monthlyValueUsd: 400,
        fixedMonthlyUsd: 500,
        extraCostPerRequestUsd: -0.001,
      }),
    ).toEqual({ requestsPerMonth: 200_000, direction: 'at_least' });
  });
  it('a fine-tune that costs more per request pays back only up to a ceiling: ($4,160 − $1,000) / $0.00032 = 9,875,000', () => {
    const result = breakEvenTraffic({
      oneOffUsd: 12_000,
      horizonMonths: 12,
      monthlyValueUsd: 4160,
      fixedMonthlyUsd: 0,
      extraCostPerRequestUsd: 0.00032,
    });
    expect(result.direction).toBe('at_most');
    expect(result.requestsPerMonth).toBeCloseTo(9_875_000, 3);
  });
  it('never when the value cannot cover the one-off cost and it costs more per request', () => {
    expect(
      breakEvenTraffic({
        oneOffUsd: 12_000,
        horizonMonths: 12,
        monthlyValueUsd: 500,
        fixedMonthlyUsd: 0,
        extraCostPerRequestUsd: 0.001,
      }),
    ).toEqual({ requestsPerMonth: null, direction: 'never' });
  });
  it('always when the value covers everything and it saves per request', () => {
    expect(
      breakEvenTraffic({
        oneOffUsd: 1200,
        horizonMonths: 12,
        monthlyValueUsd: 5000,
        fixedMonthlyUsd: 0,
        extraCostPerRequestUsd: -0.001,
      }),
    ).toEqual({ requestsPerMonth: 0, direction: 'always' });
  });
  it('traffic does not matter when per-request costs are equal', () => {
    expect(
      breakEvenTraffic({
        oneOffUsd: 1200,
        horizonMonths: 12,
        monthlyValueUsd: 50,
        fixedMonthlyUsd: 0,
        extraCostPerRequestUsd: 0,
      }).direction,
    ).toBe('never');
  });
});
