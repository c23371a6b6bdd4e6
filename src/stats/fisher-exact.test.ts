import jstatModule from 'jstat';
import { describe, expect, it } from 'vitest';
import { fisherExact } from './fisher-exact.js';
import { seededRandom } from './random.js';

const { jStat } = jstatModule;

/** The same test written directly from jstat's hypergeometric density, summed over the support. */
function fisherFromJstat(a: number, b: number, c: number, d: number): number {
  const total = a + b + c + d;
  const row1 = a + b;
  const column1 = a + c;
  const observed = jStat.hypgeom.pdf(a, total, column1, row1);
  let sum = 0;
  for (let x = Math.max(0, column1 - (total - row1)); x <= Math.min(row1, column1); x++) {
    const probability = jStat.hypgeom.pdf(x, total, column1, row1);
    if (probability <= observed * (1 + 1e-7)) sum += probability;
  }
  return Math.min(1, sum);
}

describe('fisherExact', () => {
  it("reproduces R's fisher.test on the tea-tasting table [[3, 1], [1, 3]]: p = 0.4857", () => {
    expect(fisherExact(3, 1, 1, 3)).toBeCloseTo(0.4857143, 6);
  });
  it("reproduces R's fisher.test on the convictions of like-sex twins [[2, 10], [15, 3]]: p = 0.0005367", () => {
    expect(fisherExact(2, 15, 10, 3)).toBeCloseTo(0.0005367, 6);
  });
  it('reproduces the textbook table [[1, 9], [11, 3]]: p = 0.002759', () => {
    expect(fisherExact(1, 9, 11, 3)).toBeCloseTo(0.002759, 5);
  });
  it('is symmetric in rows and columns', () => {
    expect(fisherExact(7, 3, 2, 9)).toBeCloseTo(fisherExact(2, 9, 7, 3), 12);
    expect(fisherExact(7, 3, 2, 9)).toBeCloseTo(fisherExact(7, 2, 3, 9), 12);
  });
  it('gives 1 when a margin is zero (only one table is possible)', () => {
    expect(fisherExact(0, 0, 4, 5)).toBe(1);
    expect(fisherExact(5, 0, 7, 0)).toBe(1);
  });
  it('gives NaN for counts that are not non-negative integers', () => {
    expect(fisherExact(-1, 2, 3, 4)).toBeNaN();
    expect(fisherExact(1.5, 2, 3, 4)).toBeNaN();
  });
  it("agrees with a direct sum of jstat's hypergeometric density on 200 random tables", () => {
    const random = seededRandom(2024);
    for (let trial = 0; trial < 200; trial++) {
      const cell = () => Math.floor(random() * 30);
      const [a, b, c, d] = [cell(), cell(), cell(), cell()];
      expect(fisherExact(a, b, c, d)).toBeCloseTo(fisherFromJstat(a, b, c, d), 9);
    }
  });
  it('stays finite and small for a large, clearly associated table', () => {
    const p = fisherExact(900, 100, 500, 500);
    expect(p).toBeGreaterThanOrEqual(0);
    expect(p).toBeLessThan(1e-50);
  });
});
