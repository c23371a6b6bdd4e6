import jstatModule from 'jstat';
import { describe, expect, it } from 'vitest';
import { bootstrapInterval, bootstrapMean, pairedBootstrap } from './bootstrap.js';
import { seededRandom } from './random.js';

const { jStat } = jstatModule;

describe('pairedBootstrap', () => {
  const baseline = [1, 0, 1, 1, 0, 0, 1, 0, 1, 0, 1, 1, 0, 1, 0, 0, 1, 0, 1, 1];
  const candidate = [1, 1, 1, 1, 0, 1, 1, 0, 1, 1, 1, 1, 0, 1, 1, 0, 1, 1, 1, 1];

  it('reproduces itself exactly from the same seed', () => {
    const first = pairedBootstrap(baseline, candidate, { random: seededRandom(11) });
    const second = pairedBootstrap(baseline, candidate, { random: seededRandom(11) });
    expect(second).toEqual(first);
  });
  it('centres on the observed mean difference and brackets it', () => {
    const estimate = pairedBootstrap(baseline, candidate, { random: seededRandom(3), resamples: 4000 });
    expect(estimate.value).toBeCloseTo(0.25, 12);
    expect(estimate.low).toBeLessThan(0.25);
    expect(estimate.high).toBeGreaterThan(0.25);
    expect(estimate.method).toBe('bootstrap');
    expect(estimate.resamples).toBe(4000);
  });
  it('agrees with the normal-theory paired interval on a large sample (within 0.01)', () => {
    const random = seededRandom(5);
    const n = 1000;
    const a = Array.from({ length: n }, () => (random() < 0.6 ? 1 : 0));
    const b = a.map((value) => (random() < 0.2 ? 1 - value : value));
    const differences = b.map((value, index) => value - a[index]!);
    const mean = differences.reduce((sum, value) => sum + value, 0) / n;
    const sd = Math.sqrt(differences.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (n - 1));
    const z = jStat.normal.inv(0.975, 0, 1);
    const estimate = pairedBootstrap(a, b, { random: seededRandom(9), resamples: 2000 });
    expect(estimate.low).toBeCloseTo(mean - (z * sd) / Math.sqrt(n), 2);
    expect(estimate.high).toBeCloseTo(mean + (z * sd) / Math.sqrt(n), 2);
  });
  it('is a degenerate interval when every item has the same difference', () => {
    const estimate = pairedBootstrap([0, 0, 0], [1, 1, 1], { random: seededRandom(1), resamples: 200 });
    expect(estimate).toMatchObject({ value: 1, low: 1, high: 1 });
  });
  it('refuses score lists of different lengths', () => {
    expect(() => pairedBootstrap([1, 0], [1], { random: seededRandom(1) })).toThrow(/one score per item/);
  });
});

describe('bootstrapInterval', () => {
  it("takes type-7 percentiles of the resampled statistic (checked against jstat's quantiles)", () => {
    const values = [3, 1, 4, 1, 5, 9, 2, 6];
    const results: number[] = [];
    const estimate = bootstrapInterval(
      values.length,
      (indices) => {
        const drawn = values[indices[0]!]!;
        results.push(drawn);
        return drawn;
      },
      { random: seededRandom(1), resamples: 801 },
    );
    const [pointValue, ...draws] = results;
    expect(estimate.value).toBe(pointValue);
    // alphap = betap = 1 is Hyndman & Fan type 7.
    const [low, high] = jStat.quantiles(draws, [0.025, 0.975], 1, 1);
    expect(estimate.low).toBeCloseTo(low!, 12);
    expect(estimate.high).toBeCloseTo(high!, 12);
  });
  it('counts resamples where the statistic is undefined and leaves them out', () => {
    const flags = [1, 0];
    const estimate = bootstrapInterval(
      2,
      (indices) => {
        const chosen = Array.from(indices, (index) => flags[index]!);
        return chosen.includes(0) ? chosen.reduce((sum, value) => sum + value, 0) : Number.NaN;
      },
      { random: seededRandom(4), resamples: 1000 },
    );
    // P(both draws pick item 0) = 1/4.
    expect(estimate.undefinedResamples).toBeGreaterThan(180);
    expect(estimate.undefinedResamples).toBeLessThan(320);
    expect(estimate.low).toBe(0);
    expect(estimate.high).toBe(1);
  });
});

describe('bootstrapMean', () => {
  const summing = (values: readonly number[]) => (indices: Uint32Array) => {
    let sum = 0;
    for (const index of indices) sum += values[index]!;
    return indices.length === 0 ? Number.NaN : sum / indices.length;
  };
  const draw = seededRandom(5);
  it.each([
    [
      'few distinct values (one-byte codes)',
      Array.from({ length: 300 }, (_, index) => [0, 1, 0.5, 1 / 3][index % 4]!),
    ],
    ['hundreds of distinct values (two-byte codes)', Array.from({ length: 600 }, (_, index) => index / 7)],
    ['all distinct beyond 65,536 (plain numbers)', Array.from({ length: 70_000 }, () => draw())],
    ['no values', []],
  ])('gives bit-identical intervals to bootstrapInterval with a summing statistic: %s', (_name, values) => {
    const fast = bootstrapMean(values, { random: seededRandom(3), resamples: 50 });
    const reference = bootstrapInterval(values.length, summing(values), {
      random: seededRandom(3),
      resamples: 50,
    });
    expect(fast).toEqual(reference);
  });
});
