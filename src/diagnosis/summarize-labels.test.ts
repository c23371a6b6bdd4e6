import { describe, expect, it } from 'vitest';
import type { ItemResult } from '../core/report/item-result.js';
import { summarizeLabels } from './summarize-labels.js';

const item = (tags: ItemResult['tags']) => ({ tags }) as ItemResult;

describe('summarizeLabels', () => {
  it('summarises pass/fail tags with a Wilson interval; other tags are not labels', () => {
    const labels = summarizeLabels(
      [
        item({ 'promptfoo.llm-rubric': 'pass', segment: 'enterprise' }),
        item({ 'promptfoo.llm-rubric': 'fail', segment: 'smb' }),
        item({ 'promptfoo.llm-rubric': 'pass', 'promptfoo.success': 'fail' }),
        item({ mixed: 'pass' }),
        item({ mixed: 'maybe' }),
      ],
      0.05,
    );
    expect(labels.map(({ label, items, passed }) => [label, items, passed])).toEqual([
      ['promptfoo.llm-rubric', 3, 2],
      ['promptfoo.success', 1, 0],
    ]);
    expect(labels[0]!.passRate).toMatchObject({ value: 2 / 3, method: 'wilson', k: 2, n: 3 });
    expect(labels[0]!.passRate.low).toBeCloseTo(0.2077, 3);
    expect(labels[0]!.passRate.high).toBeCloseTo(0.9385, 3);
  });
});
