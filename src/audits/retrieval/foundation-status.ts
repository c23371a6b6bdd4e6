import type { Estimate } from '../../core/estimate.js';
import type { ConditionalAccuracy } from './conditional-accuracy.js';

/** Items needed in each group (gold present, gold missing) before the hit/miss comparison decides anything. */
export const minimumGroup = 10;

/** Q4's status and the sentence that explains it. */
export interface FoundationStatus {
  status: 'foundation_gap' | 'no_foundation_gap' | 'inconclusive';
  reason: string;
  /** When inconclusive: about how many eval items would give `minimumGroup` items in the smaller group. */
  itemsNeeded: number | null;
}

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;
const points = (value: number) => `${value >= 0 ? '+' : ''}${(value * 100).toFixed(1)} pts`;
const interval = (estimate: Estimate) =>
  `${(estimate.low * 100).toFixed(1)}–${(estimate.high * 100).toFixed(1)}`;
const pText = (value: number) => (value < 0.0001 ? 'p<0.0001' : `p=${value.toPrecision(2)}`);

/**
 * The Q4 rule of DESIGN §2.3: `foundation_gap` when the share of failures whose gold passage never
 * reached the prompt is at least `threshold` AND accuracy with the gold passage is significantly
 * higher than without it (Fisher p < alpha); `inconclusive` when either group has fewer than
 * `minimumGroup` items (unless even the upper bound of the gold-missing share is below the threshold,
 * or retrieval never missed); `no_foundation_gap` otherwise.
 */
export function foundationStatus(
  evidence: ConditionalAccuracy,
  settings: { threshold: number; alpha: number; totalItems: number },
): FoundationStatus {
  const { threshold, alpha, totalItems } = settings;
  const share = evidence.goldMissingShareOfFailures;
  const shareText = `${percent(share.value)} (95% CI ${interval(share)}%) of ${evidence.failures} content failure(s) (wrong even after normalisation) had no gold passage in the prompt (threshold ${percent(threshold)})`;
  const gapText = `accuracy ${percent(evidence.accuracyGoldPresent.value)} with the gold passage (n=${evidence.goldPresent}) vs ${percent(evidence.accuracyGoldMissing.value)} without (n=${evidence.goldMissing}): gap ${points(evidence.gap.value)} (95% CI ${interval(evidence.gap)}), Fisher ${pText(evidence.pValue)}`;
  if (evidence.failures === 0) {
    return {
      status: 'no_foundation_gap',
      reason: `no item with retrieval data fails (${evidence.goldPresent + evidence.goldMissing} assessed), so retrieval explains no failure`,
      itemsNeeded: null,
    };
  }
  if (evidence.goldMissing === 0) {
    return {
      status: 'no_foundation_gap',
      reason: `the gold passage reached the prompt for all ${evidence.goldPresent} assessed item(s): failures are not retrieval misses`,
      itemsNeeded: null,
    };
  }
  const smaller = Math.min(evidence.goldPresent, evidence.goldMissing);
  if (smaller < minimumGroup) {
    if (share.high < threshold) {
      return {
        status: 'no_foundation_gap',
        reason: `${shareText}: even the upper bound is below the threshold`,
        itemsNeeded: null,
      };
    }
    const group = evidence.goldPresent < evidence.goldMissing ? 'with' : 'without';
    const itemsNeeded =
      smaller === 0 ? null : Math.max(totalItems + 1, Math.ceil((minimumGroup * totalItems) / smaller));
    return {
      status: 'inconclusive',
      reason: `${smaller === 0 ? `no assessed item had its gold passage in the prompt (need ${minimumGroup} with and ${minimumGroup} without to compare) — check that gold ids match passage ids` : `only ${smaller} assessed item${smaller === 1 ? '' : 's'} ${group} the gold passage in the prompt (need ${minimumGroup} in each group to compare)`}${itemsNeeded === null ? '' : `; at this rate about ${itemsNeeded} eval items would give enough`}. ${shareText}`,
      itemsNeeded,
    };
  }
  if (share.value >= threshold && evidence.pValue < alpha) {
    return { status: 'foundation_gap', reason: `${shareText}; ${gapText}`, itemsNeeded: null };
  }
  const why =
    share.value < threshold
      ? `${shareText}, below the threshold`
      : `${shareText}, but the hit/miss gap is not significant at α=${alpha}`;
  return { status: 'no_foundation_gap', reason: `${why}; ${gapText}`, itemsNeeded: null };
}
