import { describe, expect, it } from 'vitest';
import type { EvalCase } from '../core/eval-case.js';
import { goldAmongRetrieved, goldPassages } from './oracle-context.js';

const evalCase: EvalCase = {
  id: 'q1',
  input: 'q',
  reference: 'a',
  output: undefined,
  contexts: [
    { id: 'd1', text: 'one' },
    { id: 'g1', text: 'gold one' },
    { id: 'd2', text: 'two' },
  ],
  goldIds: ['g1', 'g2', 'g3'],
  contract: [],
  tags: {},
  line: 1,
};

describe('oracle context', () => {
  it('takes gold text from the item, else the corpus, and skips gold ids without text', () => {
    const corpus = new Map([['g2', { id: 'g2', text: 'gold two' }]]);
    expect(goldPassages(evalCase, corpus).map((passage) => passage.id)).toEqual(['g1', 'g2']);
  });
  it('puts the gold passages among the retrieved distractors, deterministically per seed', () => {
    const gold = [
      { id: 'g1', text: 'gold one' },
      { id: 'g2', text: 'gold two' },
    ];
    const mixed = goldAmongRetrieved(evalCase, gold, 42);
    expect(mixed.map((passage) => passage.id).sort()).toEqual(['d1', 'd2', 'g1', 'g2']);
    expect(goldAmongRetrieved(evalCase, gold, 42)).toEqual(mixed);
    const positions = new Set(
      Array.from({ length: 40 }, (_, seed) =>
        goldAmongRetrieved(evalCase, gold.slice(0, 1), seed).findIndex((passage) => passage.id === 'g1'),
      ),
    );
    expect(positions.size).toBe(3);
  });
});
