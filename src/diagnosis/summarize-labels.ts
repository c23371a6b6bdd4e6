import type { ItemResult } from '../core/report/item-result.js';
import type { RecordedLabel } from '../core/report/recorded-labels.js';
import { wilson } from '../stats/wilson.js';

/**
 * The recorded pass/fail labels among the item tags: a tag counts as one when every item that
 * carries it says `pass` or `fail` (how importers keep another tool's grades). Sorted by name.
 */
export function summarizeLabels(items: readonly ItemResult[], alpha: number): RecordedLabel[] {
  const counts = new Map<string, { items: number; passed: number; other: boolean }>();
  for (const item of items) {
    for (const [label, value] of Object.entries(item.tags)) {
      const count = counts.get(label) ?? { items: 0, passed: 0, other: false };
      counts.set(label, count);
      count.items++;
      if (value === 'pass') count.passed++;
      else if (value !== 'fail') count.other = true;
    }
  }
  return [...counts]
    .filter(([, count]) => !count.other)
    .sort(([left], [right]) => left.localeCompare(right))
    .map(([label, count]) => ({
      label,
      items: count.items,
      passed: count.passed,
      passRate: wilson(count.passed, count.items, alpha),
    }));
}
