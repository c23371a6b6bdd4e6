import { describe, expect, it } from 'vitest';
import type { Qrels, Run } from '../../core/retrieval.js';
import { evalCases } from '../../testing/eval-cases.js';
import { attachRetrieval } from './attach-retrieval.js';

const run: Run = new Map([
  ['q1', { docIds: ['a', 'b', 'c', 'd'], scores: [1, 4, 3, 2] }],
  ['q2', { docIds: ['e'], scores: [1] }],
  ['stray', { docIds: ['z'], scores: [1] }],
]);
const qrels: Qrels = new Map([
  [
    'q1',
    new Map([
      ['c', 2],
      ['a', 0],
      ['d', 1],
    ]),
  ],
  ['q3', new Map([['x', 1]])],
]);

describe('attachRetrieval', () => {
  it("gives items without contexts the run's top k, ranked as trec_eval ranks, and gold ids from the qrels at the level", () => {
    const attached = attachRetrieval(evalCases([{ id: 'q1' }, { id: 'q2' }, { id: 'q3' }]), {
      qrels,
      run,
      k: 2,
      level: 2,
    });
    expect(attached.cases[0]!.contexts).toEqual([
      { id: 'b', text: '' },
      { id: 'c', text: '' },
    ]);
    expect(attached.cases[0]!.goldIds).toEqual(['c']);
    expect(attached.cases[2]!.goldIds).toEqual([]);
    expect(attached.contextsFromRun).toBe(2);
    expect(attached.goldFromQrels).toBe(2);
  });
  it('keeps inline contexts and gold ids', () => {
    const cases = evalCases([{ id: 'q1', contexts: [{ id: 'x', text: 't' }], goldIds: ['x'] }]);
    const attached = attachRetrieval(cases, { qrels, run, k: 2, level: 1 });
    expect(attached.cases[0]).toBe(cases[0]);
  });
  it('reports items missing from either file and file queries matching no item', () => {
    const attached = attachRetrieval(evalCases([{ id: 'q1' }, { id: 'q2' }, { id: 'q4' }]), {
      qrels,
      run,
      k: 2,
      level: 1,
    });
    const byCode = Object.fromEntries(attached.findings.map((finding) => [finding.code, finding]));
    expect(byCode.item_not_in_run).toMatchObject({ rowCount: 1, rows: [3] });
    expect(byCode.item_not_in_qrels).toMatchObject({ rowCount: 2 });
    expect(byCode.run_query_not_in_eval!.message).toContain('stray');
    expect(byCode.qrels_query_not_in_eval!.message).toContain('q3');
  });
});
