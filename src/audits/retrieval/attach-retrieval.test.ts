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
    // "stray" has no judgments and "q3" no ranking: neither is scored by the retrieval metrics.
    expect(byCode.run_query_not_in_eval!.message).toBe(
      '1 run query matches no eval item id; with no judgments in the qrels either, it counts nowhere: stray',
    );
    expect(byCode.qrels_query_not_in_eval!.message).toBe(
      '1 qrels query matches no eval item id; with no ranking in the run either, it counts nowhere: q3',
    );
    expect(byCode.item_not_in_run!.message).toBe(
      '1 eval item has no ranking in the run file (query id = item id): q4',
    );
  });
  it('says which orphan queries the retrieval metrics score (those in both files) and which count nowhere', () => {
    const both: Run = new Map([
      ...run,
      ['q3', { docIds: ['x'], scores: [1] }],
      ['other', { docIds: ['y'], scores: [1] }],
    ]);
    const attached = attachRetrieval(evalCases([{ id: 'q1' }, { id: 'q2' }]), {
      qrels,
      run: both,
      k: 2,
      level: 1,
    });
    const byCode = Object.fromEntries(attached.findings.map((finding) => [finding.code, finding]));
    expect(byCode.run_query_not_in_eval!.message).toBe(
      '3 run queries match no eval item id; 1 of them counts in the retrieval metrics (not in the accuracy analysis); the other 2, with no judgments in the qrels, count nowhere: stray, q3, other',
    );
    expect(byCode.qrels_query_not_in_eval!.message).toBe(
      '1 qrels query matches no eval item id; it counts in the retrieval metrics but not in the accuracy analysis: q3',
    );
  });
});
