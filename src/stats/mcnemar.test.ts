import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { binomialHalfCdf, binomialHalfPmf, mcnemarMidP } from './mcnemar.js';

// jstat ships no types; only its binomial functions are used, to cross-check ours.
const { jStat } = createRequire(import.meta.url)('jstat') as {
  jStat: {
    binomial: { pdf(k: number, n: number, p: number): number; cdf(k: number, n: number, p: number): number };
  };
};

describe('mcnemarMidP', () => {
  it('matches the stats.md Appendix A vectors', () => {
    expect(mcnemarMidP(3, 12)).toBeCloseTo(0.0212708, 7);
    expect(mcnemarMidP(5, 5)).toBeCloseTo(0.876953, 6);
  });
  it('is symmetric in the two discordant counts', () => {
    expect(mcnemarMidP(12, 3)).toBe(mcnemarMidP(3, 12));
  });
  it('returns 1 without discordant pairs', () => {
    expect(mcnemarMidP(0, 0)).toBe(1);
  });
  // jstat's binomial CDF goes through an incomplete beta function, accurate to about 1e-10.
  it('is the exact conditional p-value minus the point probability (checked against jstat)', () => {
    for (const [b, c] of [
      [0, 7],
      [4, 9],
      [20, 31],
      [150, 120],
    ] as const) {
      const m = b + c;
      const exact = Math.min(1, 2 * jStat.binomial.cdf(Math.min(b, c), m, 0.5));
      expect(mcnemarMidP(b, c)).toBeCloseTo(exact - jStat.binomial.pdf(b, m, 0.5), 9);
    }
  });
});

describe('binomial(½) helpers', () => {
  it('match exact rational values (Python fractions: C(400,200)/2^400)', () => {
    expect(binomialHalfPmf(200, 400)).toBeCloseTo(0.03986930196379293, 14);
    expect(binomialHalfPmf(3, 10)).toBeCloseTo(120 / 1024, 15);
    expect(binomialHalfCdf(4, 13)).toBeCloseTo(1093 / 8192, 15);
  });
  it('agree with jstat', () => {
    for (const n of [1, 10, 57, 400]) {
      for (const k of [0, 1, Math.floor(n / 3), Math.floor(n / 2), n]) {
        expect(binomialHalfPmf(k, n)).toBeCloseTo(jStat.binomial.pdf(k, n, 0.5), 9);
        expect(binomialHalfCdf(k, n)).toBeCloseTo(jStat.binomial.cdf(k, n, 0.5), 9);
      }
    }
  });
});
