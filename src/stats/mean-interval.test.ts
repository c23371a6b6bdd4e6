import { describe, expect, it } from 'vitest';
import { bootstrapMean } from './bootstrap.js';
import { cltMinValues, meanInterval } from './mean-interval.js';
import { seededRandom } from './random.js';

/** Reciprocal-rank-like scores: skewed, many zeros, a few distinct values. */
function skewedScores(n: number, seed: number): number[] {
  const random = seededRandom(seed);
  return Array.from({ length: n }, () => {
    const draw = random();
    return draw < 0.35 ? 0 : 1 / Math.ceil(draw * 8);
  });
}

describe('meanInterval', () => {
  it('bootstraps below the CLT size, exactly as bootstrapMean with the same seed', () => {
    const values = skewedScores(500, 1);
    const estimate = meanInterval(values, { alpha: 0.05, random: seededRandom(9) });
    const reference = bootstrapMean(values, { alpha: 0.05, random: seededRandom(9), resamples: 2000 });
    expect(estimate).toEqual({
      value: reference.value,
      low: reference.low,
      high: reference.high,
      method: 'bootstrap',
      n: 500,
    });
  });

  it('uses mean ± 1.96·SE from the CLT size on (hand-computed on a two-valued sample)', () => {
    // Half zeros, half ones: mean 0.5, sample variance n/(4(n−1)), SE = sqrt(1/(4(n−1))).
    const n = cltMinValues;
    const values = Array.from({ length: n }, (_, index) => index % 2);
    const estimate = meanInterval(values, { alpha: 0.05, random: seededRandom(1) });
    const half = 1.959963984540054 * Math.sqrt(1 / (4 * (n - 1)));
    expect(estimate.method).toBe('clt');
    expect(estimate.value).toBe(0.5);
    expect(estimate.low).toBeCloseTo(0.5 - half, 12);
    expect(estimate.high).toBeCloseTo(0.5 + half, 12);
  });

  it('agrees with the percentile bootstrap to within 0.2 points at the CLT size, on skewed scores', () => {
    const values = skewedScores(cltMinValues, 4);
    const clt = meanInterval(values, { alpha: 0.05, random: seededRandom(2) });
    const bootstrap = bootstrapMean(values, { alpha: 0.05, random: seededRandom(2), resamples: 2000 });
    expect(Math.abs(clt.low - bootstrap.low)).toBeLessThan(0.002);
    expect(Math.abs(clt.high - bootstrap.high)).toBeLessThan(0.002);
  });

  it('never reaches past the values seen', () => {
    const values = Array.from({ length: cltMinValues }, (_, index) => (index === 0 ? 0.5 : 1));
    const estimate = meanInterval(values, { alpha: 0.05, random: seededRandom(1) });
    expect(estimate.high).toBe(1);
    expect(estimate.low).toBeGreaterThan(0.99);
  });
});
