import { describe, expect, it } from 'vitest';
import { goldOutcomes } from '../../../test/helpers/gold-outcomes.js';
import { fisherExact } from '../../stats/fisher-exact.js';
import { conditionalAccuracy } from './conditional-accuracy.js';

describe('conditionalAccuracy', () => {
  it('computes the 2×2 figures of rag.md §2.3 with their intervals', () => {
    const result = conditionalAccuracy(goldOutcomes(56, 14, 48, 32), 0.05);
    expect(result).toMatchObject({ goldPresent: 70, goldMissing: 80, failures: 46, failuresGoldMissing: 32 });
    expect(result.accuracyGoldPresent.value).toBeCloseTo(0.8, 12);
    expect(result.accuracyGoldMissing.value).toBeCloseTo(0.6, 12);
    // Newcombe 1998 example (a): 56/70 − 48/80 → [0.0524, 0.3339].
    expect(result.gap.low).toBeCloseTo(0.0524, 4);
    expect(result.gap.high).toBeCloseTo(0.3339, 4);
    expect(result.pValue).toBeCloseTo(fisherExact(56, 14, 48, 32), 12);
    expect(result.goldMissingShareOfFailures).toMatchObject({ k: 32, n: 46, method: 'wilson' });
  });
  it('handles an empty group without NaN', () => {
    const result = conditionalAccuracy(goldOutcomes(5, 5, 0, 0), 0.05);
    expect(result.accuracyGoldMissing).toMatchObject({ value: 0, low: 0, high: 1, n: 0 });
    expect(result.pValue).toBe(1);
    expect(Number.isFinite(result.gap.low)).toBe(true);
  });
});
