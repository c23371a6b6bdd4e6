import { describe, expect, it } from 'vitest';
import { evalCase } from '../../testing/eval-cases.js';
import { goldEvidence } from './gold-evidence.js';

const contexts = [
  { id: 'a', text: 'Lyon' },
  { id: 'b', text: 'Paris is the capital' },
  { id: 'c', text: 'Nice' },
];

describe('goldEvidence', () => {
  it('uses gold ids when the item has them, with the first gold position', () => {
    expect(goldEvidence(evalCase({ contexts, goldIds: ['c', 'zz'] }))).toEqual({
      present: true,
      source: 'gold_ids',
      position: 3,
      contexts: 3,
    });
    expect(goldEvidence(evalCase({ contexts, goldIds: ['zz'] }))).toMatchObject({
      present: false,
      position: null,
    });
  });
  it('falls back to answer-in-context without gold ids', () => {
    expect(goldEvidence(evalCase({ contexts, reference: 'Paris' }))).toMatchObject({
      present: true,
      source: 'answer_in_context',
      position: 2,
    });
    expect(goldEvidence(evalCase({ contexts, reference: 'Berlin' }))).toMatchObject({ present: false });
  });
  it('is undefined without contexts, or without gold ids and a text reference', () => {
    expect(goldEvidence(evalCase({ goldIds: ['a'] }))).toBeUndefined();
    expect(goldEvidence(evalCase({ contexts, reference: { label: 'x' } }))).toBeUndefined();
  });
});
