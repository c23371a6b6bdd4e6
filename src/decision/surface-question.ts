import { checkCategories } from '../core/check.js';
import type { Thresholds } from '../core/config.js';
import type { ItemResult } from '../core/report/item-result.js';
import type { SurfaceQuestion } from '../core/report/report.js';
import { wilson } from '../stats/wilson.js';

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

/**
 * Q1 from recorded outputs: what share of the failures is surface-level (right content, wrong
 * form), with a Wilson interval, and which check categories the failures broke.
 */
export function assessSurface(items: readonly ItemResult[], thresholds: Thresholds): SurfaceQuestion {
  const failing = items.filter((item) => item.class !== 'pass');
  const surfaceCount = failing.filter((item) => item.class === 'surface').length;
  const share = wilson(surfaceCount, failing.length, thresholds.alpha);
  const byCategory = checkCategories
    .map((category) => {
      const count = failing.filter((item) =>
        item.checks.some((check) => check.category === category && !check.pass),
      ).length;
      return { category, items: count, share: wilson(count, failing.length, thresholds.alpha) };
    })
    .filter((entry) => entry.items > 0);
  const base = {
    failures: failing.length,
    surfaceShare: share,
    threshold: thresholds.surface_share,
    byCategory,
  };
  if (failing.length === 0) {
    return { status: 'no_gap', reason: 'every item passes: correct and within the contract', ...base };
  }
  const interval = `${percent(share.value)} (95% CI ${percent(share.low)}–${percent(share.high)})`;
  if (failing.length < thresholds.min_failures) {
    return {
      status: 'inconclusive',
      reason: `only ${failing.length} failing item(s); at least ${thresholds.min_failures} (thresholds.min_failures) are needed to tell surface from behavioral; surface share ${interval}`,
      ...base,
    };
  }
  if (share.value >= thresholds.surface_share) {
    return {
      status: 'surface',
      reason: `${surfaceCount} of ${failing.length} failures are surface-level: ${interval} ≥ threshold ${percent(thresholds.surface_share)}`,
      ...base,
    };
  }
  return {
    status: 'behavioral',
    reason: `${surfaceCount} of ${failing.length} failures are surface-level: ${interval} < threshold ${percent(thresholds.surface_share)}; the rest are wrong in content`,
    ...base,
  };
}
