import { describe, expect, it } from 'vitest';
import { evalRunsCost } from './eval-cost.js';

describe('evalRunsCost', () => {
  it('3 runs × 300 items × $0.00104 = $0.936', () => {
    const cost = evalRunsCost({ runs: 3, items: 300, perRequestUsd: 0.00104 });
    expect(cost.requests).toBe(900);
    expect(cost.usd).toBeCloseTo(0.936, 12);
  });
  it('adds judge calls per item: 2 runs × 100 items × ($0.001 + 2 × $0.002) = $1.00', () => {
    const cost = evalRunsCost({
      runs: 2,
      items: 100,
      perRequestUsd: 0.001,
      judgeCallsPerItem: 2,
      judgePerCallUsd: 0.002,
    });
    expect(cost.usd).toBeCloseTo(1, 12);
  });
  it('costs nothing with zero runs', () => {
    expect(evalRunsCost({ runs: 0, items: 300, perRequestUsd: 0.01 }).usd).toBe(0);
  });
});
