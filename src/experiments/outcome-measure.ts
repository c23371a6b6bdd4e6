import type { ItemResult } from '../core/report/item-result.js';
import type { OutcomeMeasure } from '../core/report/live-evidence.js';

const tests: Record<OutcomeMeasure, (item: ItemResult) => boolean> = {
  strict_pass: (item) => item.class === 'pass',
  lenient_correct: (item) => item.correctLenient,
};

/** Whether a scored item counts as a success on an outcome measure. */
export function succeedsOn(item: ItemResult, measure: OutcomeMeasure): boolean {
  return tests[measure](item);
}
