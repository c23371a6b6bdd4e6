import { describe, expect, it } from 'vitest';
import type { Run } from '../../core/retrieval.js';
import { evalCases } from '../../testing/eval-cases.js';
import { goldDepth } from './gold-depth.js';

const run: Run = new Map([
  ['q1', { docIds: ['a', 'b', 'c', 'gold1'], scores: [4, 3, 2, 1] }],
  ['q2', { docIds: ['a', 'b', 'c', 'd'], scores: [4, 3, 2, 1] }],
]);

describe('goldDepth', () => {
  it('splits misses into gold ranked below k and gold not retrieved at all', () => {
    const misses = evalCases([
      { id: 'q1', goldIds: ['gold1'] },
      { id: 'q2', goldIds: ['gold2'] },
      { id: 'q3', goldIds: ['gold3'] },
    ]);
    expect(goldDepth(misses, run, 2, 0.05)).toMatchObject({
      k: 2,
      rankedDepth: 4,
      misses: 2,
      deeper: 1,
      nowhere: 1,
      deeperShare: { value: 0.5, k: 1, n: 2 },
    });
  });
  it('is undefined when the run ranks no deeper than k', () => {
    expect(goldDepth(evalCases([{ id: 'q1', goldIds: ['gold1'] }]), run, 4, 0.05)).toBeUndefined();
  });
});
