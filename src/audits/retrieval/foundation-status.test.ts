import { describe, expect, it } from 'vitest';
import { goldOutcomes } from '../../../test/helpers/gold-outcomes.js';
import { conditionalAccuracy } from './conditional-accuracy.js';
import { foundationStatus, minimumGroup } from './foundation-status.js';

/** The audit's evidence from a 2×2 table (gold present/missing × right/wrong). */
const evidence = (...table: Parameters<typeof goldOutcomes>) =>
  conditionalAccuracy(goldOutcomes(...table), 0.05);
const settings = (totalItems: number) => ({ threshold: 0.25, alpha: 0.05, totalItems });

describe('foundationStatus', () => {
  it('foundation_gap: most failures lack the gold passage and the gap is significant', () => {
    const decided = foundationStatus(evidence(24, 6, 6, 24), settings(60));
    expect(decided.status).toBe('foundation_gap');
    expect(decided.reason).toMatch(
      /80\.0% .* of 30 content failure\(s\) \(wrong even after normalisation\) had no gold passage/,
    );
    expect(decided.reason).toMatch(/Fisher p/);
  });
  it('no_foundation_gap: the share is below the threshold', () => {
    const decided = foundationStatus(evidence(20, 30, 8, 2), settings(60));
    expect(decided.status).toBe('no_foundation_gap');
    expect(decided.reason).toMatch(/below the threshold/);
  });
  it('no_foundation_gap: the share is high but the gap is not significant', () => {
    const decided = foundationStatus(evidence(12, 10, 11, 10), settings(43));
    expect(decided.status).toBe('no_foundation_gap');
    expect(decided.reason).toMatch(/not significant/);
  });
  it('no_foundation_gap: retrieval never missed, or nothing fails', () => {
    expect(foundationStatus(evidence(10, 5, 0, 0), settings(15)).status).toBe('no_foundation_gap');
    expect(foundationStatus(evidence(10, 0, 3, 0), settings(13)).status).toBe('no_foundation_gap');
  });
  it('inconclusive: too few misses to compare, saying how many items are needed', () => {
    const decided = foundationStatus(evidence(40, 10, 1, 3), settings(54));
    expect(decided.status).toBe('inconclusive');
    expect(decided.itemsNeeded).toBe(Math.ceil((minimumGroup * 54) / 4));
    expect(decided.reason).toMatch(/only 4 assessed items without the gold passage .* about 135 eval items/);
    const one = foundationStatus(evidence(40, 10, 0, 1), settings(51));
    expect(one.reason).toMatch(/^only 1 assessed item without the gold passage in the prompt/);
  });
  it('inconclusive: no item had its gold passage, with a hint to check the ids', () => {
    const decided = foundationStatus(evidence(0, 0, 5, 30), settings(35));
    expect(decided.status).toBe('inconclusive');
    expect(decided.itemsNeeded).toBeNull();
    expect(decided.reason).toMatch(
      /^no assessed item had its gold passage in the prompt \(need 10 with and 10 without to compare\) — check that gold ids match passage ids\. /,
    );
    expect(decided.reason).not.toMatch(/only 0/);
  });
  it('no_foundation_gap with small groups when even the upper bound of the share is below the threshold', () => {
    const decided = foundationStatus(evidence(20, 95, 4, 1), settings(120));
    expect(decided.status).toBe('no_foundation_gap');
    expect(decided.reason).toMatch(/upper bound is below the threshold/);
  });
});
