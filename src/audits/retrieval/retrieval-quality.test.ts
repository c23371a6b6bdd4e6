import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../stats/random.js';
import { evalCases } from '../../testing/eval-cases.js';
import { inlineRetrievalQuality, runRetrievalQuality } from './retrieval-quality.js';

const options = () => ({ alpha: 0.05, random: seededRandom(1), resamples: 500 });

describe('inlineRetrievalQuality', () => {
  it('treats each prompt as a ranking and its gold ids as the relevant documents', () => {
    const cases = evalCases([
      {
        contexts: [
          { id: 'g', text: '' },
          { id: 'x', text: '' },
        ],
        goldIds: ['g'],
      },
      {
        contexts: [
          { id: 'x', text: '' },
          { id: 'g', text: '' },
          { id: 'y', text: '' },
        ],
        goldIds: ['g'],
      },
      { contexts: [{ id: 'x', text: '' }], goldIds: ['g'] },
      { contexts: [{ id: 'x', text: '' }] },
    ]);
    const quality = inlineRetrievalQuality(cases, options())!;
    expect(quality).toMatchObject({ source: 'inline', k: 3, queries: 3 });
    expect(quality.hitRate).toMatchObject({ k: 2, n: 3, method: 'wilson' });
    expect(quality.reciprocalRank.value).toBeCloseTo((1 + 0.5 + 0) / 3, 12);
    expect(quality.reciprocalRank.method).toBe('bootstrap');
    expect(quality.measures.success_3).toBeCloseTo(2 / 3, 12);
    expect(quality.measures).not.toHaveProperty('unj_3');
  });
  it('is undefined when no item logs both contexts and gold ids', () => {
    expect(inlineRetrievalQuality(evalCases([{ contexts: [] }]), options())).toBeUndefined();
  });
});

describe('runRetrievalQuality', () => {
  it('evaluates the run at k with trec_eval rules', () => {
    const quality = runRetrievalQuality(
      new Map([
        ['q1', new Map([['a', 1]])],
        ['q2', new Map([['z', 1]])],
      ]),
      new Map([
        ['q1', { docIds: ['b', 'a'], scores: [2, 1] }],
        ['q2', { docIds: ['c', 'd'], scores: [2, 1] }],
      ]),
      { k: 1, level: 1 },
      options(),
    )!;
    expect(quality).toMatchObject({ source: 'qrels_run', k: 1, queries: 2 });
    expect(quality.hitRate.value).toBe(0);
    expect(quality.reciprocalRank.value).toBeCloseTo(0.25, 12);
    expect(quality.measures).toHaveProperty('unj_1');
  });
});
