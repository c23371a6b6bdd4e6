import { describe, expect, it } from 'vitest';
import type { Qrels, Run } from '../../core/retrieval.js';
import { evaluateRun, type RunEvaluation } from './evaluate-run.js';
import { retrievalMeasures } from './measures/index.js';

const qrels: Qrels = new Map([
  [
    'q1',
    new Map([
      ['a', 1],
      ['b', 0],
      ['c', 2],
    ]),
  ],
  ['q2', new Map([['d', 1]])],
  ['q3', new Map([['e', 0]])],
]);
const run: Run = new Map([
  ['q1', { docIds: ['a', 'b', 'c'], scores: [3, 2, 1] }],
  ['q3', { docIds: ['e', 'f'], scores: [1, 1] }],
  ['q9', { docIds: ['z'], scores: [1] }],
]);

function value(evaluation: RunEvaluation, row: string, qid = 'all'): number {
  const index = evaluation.rows.findIndex((entry) => entry.name === row);
  if (index < 0) throw new Error(`no row ${row}`);
  if (qid === 'all') return evaluation.all[index]!;
  return evaluation.perQuery[evaluation.queries.indexOf(qid)]![index]!;
}

describe('evaluateRun', () => {
  it('averages over queries in both files and reports the others (trec_eval default)', () => {
    const evaluation = evaluateRun(qrels, run);
    expect(evaluation.queries).toEqual(['q1', 'q3']);
    expect(evaluation.runOnly).toEqual(['q9']);
    expect(evaluation.qrelsOnly).toEqual(['q2']);
    expect(value(evaluation, 'num_q')).toBe(2);
    expect(evaluation.findings.map((finding) => finding.code)).toEqual([
      'run_query_not_in_qrels',
      'qrels_query_not_in_run',
      'query_without_relevant',
    ]);
    expect(evaluation.findings[0]!.message).toContain('q9');
    expect(evaluation.findings[1]!.message).toContain('q2');
  });
  it('computes the textbook values on a small ranking', () => {
    const evaluation = evaluateRun(qrels, run);
    // q1: a (rel 1), b (0), c (rel 2): AP = (1/1 + 2/3) / 2.
    expect(value(evaluation, 'map', 'q1')).toBeCloseTo((1 + 2 / 3) / 2, 12);
    expect(value(evaluation, 'P_5', 'q1')).toBeCloseTo(2 / 5, 12);
    expect(value(evaluation, 'recip_rank', 'q1')).toBe(1);
    expect(value(evaluation, 'Rprec', 'q1')).toBe(0.5);
    const dcg = 1 + 2 / Math.log2(4);
    const ideal = 2 + 1 / Math.log2(3);
    expect(value(evaluation, 'ndcg', 'q1')).toBeCloseTo(dcg / ideal, 12);
    // q3 has no relevant document: every rate is 0 and the query still counts in the mean.
    expect(value(evaluation, 'map', 'q3')).toBe(0);
    expect(value(evaluation, 'map')).toBeCloseTo((1 + 2 / 3) / 4, 12);
    expect(value(evaluation, 'num_rel')).toBe(2);
  });
  it('scores missing qrels queries 0 and averages over all of them with complete (-c)', () => {
    const evaluation = evaluateRun(qrels, run, { complete: true });
    expect(evaluation.queries).toEqual(['q1', 'q2', 'q3']);
    expect(value(evaluation, 'num_q')).toBe(3);
    expect(value(evaluation, 'num_ret', 'q2')).toBe(0);
    expect(value(evaluation, 'num_rel')).toBe(3);
    expect(value(evaluation, 'map')).toBeCloseTo((1 + 2 / 3) / 6, 12);
    expect(value(evaluation, 'gm_map')).toBeCloseTo(
      Math.exp((Math.log((1 + 2 / 3) / 2) + 2 * Math.log(0.00001)) / 3),
      12,
    );
  });
  it('applies -k to every document-cutoff measure and -l to relevance', () => {
    const evaluation = evaluateRun(qrels, run, { documentCutoffs: [1, 3], level: 2 });
    const names = evaluation.rows.map((row) => row.name);
    expect(names).toContain('P_1');
    expect(names).toContain('success_3');
    expect(names).toContain('ndcg_cut_3');
    expect(names).not.toContain('P_5');
    expect(value(evaluation, 'P_1', 'q1')).toBe(0);
    expect(value(evaluation, 'success_3', 'q1')).toBe(1);
    expect(value(evaluation, 'recip_rank', 'q1')).toBeCloseTo(1 / 3, 12);
  });
  it('gives every measure a finite value on an empty ranking and on a query without relevant documents', () => {
    const evaluation = evaluateRun(
      new Map([
        ['empty', new Map([['x', 1]])],
        ['norel', new Map([['y', 0]])],
      ]),
      new Map(),
      { complete: true },
    );
    for (const values of evaluation.perQuery)
      for (const entry of values) expect(Number.isFinite(entry)).toBe(true);
    for (const entry of evaluation.all) expect(Number.isFinite(entry)).toBe(true);
  });
  it('lists every registered measure once, named as trec_eval names it', () => {
    const evaluation = evaluateRun(qrels, run);
    expect(new Set(evaluation.rows.map((row) => row.name)).size).toBe(evaluation.rows.length);
    expect(retrievalMeasures.map((measure) => measure.name)).toContain('ndcg_cut');
  });
});
