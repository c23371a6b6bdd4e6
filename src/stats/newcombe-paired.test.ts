import { describe, expect, it } from 'vitest';
import { newcombePaired } from './newcombe-paired.js';

describe('newcombePaired (method 10)', () => {
  // stats.md Appendix A gives Newcombe's p1 − p2 with p1 = (a+b)/n; here the lift of B over A is
  // (onlyB − onlyA)/n, so Newcombe's b is our onlyB and his c our onlyA.
  it('matches the Bentur et al. vector newcombePaired(1, 1, 7, 12)', () => {
    const estimate = newcombePaired({ bothRight: 1, onlyB: 1, onlyA: 7, bothWrong: 12 });
    expect(estimate.value).toBeCloseTo(-0.28571, 5);
    expect(estimate.low).toBeCloseTo(-0.50692, 5);
    expect(estimate.high).toBeCloseTo(-0.02556, 5);
  });
  it('matches newcombePaired(59, 6, 16, 80)', () => {
    const estimate = newcombePaired({ bothRight: 59, onlyB: 6, onlyA: 16, bothWrong: 80 });
    expect(estimate.value).toBeCloseTo(-0.06211, 5);
    expect(estimate.low).toBeCloseTo(-0.11862, 5);
    expect(estimate.high).toBeCloseTo(-0.00463, 5);
  });
  it('mirrors when the systems swap roles', () => {
    const forward = newcombePaired({ bothRight: 1, onlyB: 7, onlyA: 1, bothWrong: 12 });
    expect(forward.value).toBeCloseTo(0.28571, 5);
    expect(forward.low).toBeCloseTo(0.02556, 5);
    expect(forward.high).toBeCloseTo(0.50692, 5);
  });
  it('stays inside [−1, 1] at the extremes and is wide with no items', () => {
    const all = newcombePaired({ bothRight: 0, onlyB: 10, onlyA: 0, bothWrong: 0 });
    expect(all.high).toBeLessThanOrEqual(1);
    expect(all.low).toBeGreaterThan(0);
    expect(newcombePaired({ bothRight: 0, onlyB: 0, onlyA: 0, bothWrong: 0 })).toMatchObject({
      low: -1,
      high: 1,
    });
  });
  it('narrows at a wider alpha', () => {
    const table = { bothRight: 40, onlyB: 12, onlyA: 4, bothWrong: 44 };
    const at95 = newcombePaired(table, 0.05);
    const at80 = newcombePaired(table, 0.2);
    expect(at80.high - at80.low).toBeLessThan(at95.high - at95.low);
  });
});
