import type { Finding } from '../../core/finding.js';
import type { Qrels, Run } from '../../core/retrieval.js';
import { judgeRanking, rankByScore } from './judged-ranking.js';
import { retrievalMeasures } from './measures/index.js';
import { measureRowName, type RetrievalMeasure } from './retrieval-measure.js';

/** How to evaluate, as trec_eval's flags. */
export interface EvaluateRunOptions {
  /** Minimum grade counted as relevant (trec_eval -l); default 1. */
  level?: number;
  /** Document cutoffs for every cutoff measure (P, recall, map_cut, ndcg_cut, relative_P, success, unj); default: trec_eval's per measure. */
  documentCutoffs?: readonly number[];
  /** Average over every qrels query; queries the run lacks score 0 (trec_eval -c). */
  complete?: boolean;
  /** Measures to compute; default: every registered one. */
  measures?: readonly RetrievalMeasure[];
}

/** One printed row: a measure at one cutoff. */
export interface MeasureRow {
  /** trec_eval's row name (`P_10`, `map`). */
  name: string;
  /** Printed as an integer. */
  integer: boolean;
  /** Printed for each query (false: only in `all`). */
  perQuery: boolean;
}

/** trec_eval's output, as data. */
export interface RunEvaluation {
  rows: MeasureRow[];
  /** Evaluated query ids, in trec_eval's order (sorted by id), each with one value per row. */
  queries: string[];
  perQuery: Float64Array[];
  /** The `all` row: one value per row. */
  all: Float64Array;
  level: number;
  /** Run queries with no judgments (ignored, as trec_eval does). */
  runOnly: string[];
  /** Qrels queries the run does not rank (ignored; scored 0 with `complete`). */
  qrelsOnly: string[];
  /** Evaluated queries with no relevant document at this level (they score 0 on most measures). */
  withoutRelevant: string[];
  findings: Finding[];
}

const shownQueries = 20;

function listed(ids: readonly string[]): string {
  const shown = ids.slice(0, shownQueries).join(', ');
  return ids.length > shownQueries ? `${shown}, … (${ids.length - shownQueries} more)` : shown;
}

/**
 * Evaluates a run against qrels exactly as trec_eval does: each query's documents are ranked by score
 * (ties by docid descending), judged, measured; `all` averages over the queries present in both files
 * (or over every qrels query with `complete`). Queries in only one file are reported as findings,
 * never silently dropped.
 */
export function evaluateRun(qrels: Qrels, run: Run, options: EvaluateRunOptions = {}): RunEvaluation {
  const level = options.level ?? 1;
  const measures = options.measures ?? retrievalMeasures;
  const cutoffsOf = (measure: RetrievalMeasure) =>
    measure.cutoffs === undefined
      ? []
      : measure.cutoffs.kind === 'documents' && options.documentCutoffs !== undefined
        ? options.documentCutoffs
        : measure.cutoffs.defaults;
  const rows: MeasureRow[] = [];
  const plan = measures.map((measure) => {
    const cutoffs = cutoffsOf(measure);
    const offset = rows.length;
    const names = measure.cutoffs === undefined ? [undefined] : cutoffs;
    for (const cutoff of names) {
      rows.push({
        name: measureRowName(measure, cutoff),
        integer: measure.integer === true,
        perQuery: measure.perQuery,
      });
    }
    return { measure, cutoffs, offset };
  });

  const byId = (left: string, right: string) => (left < right ? -1 : left > right ? 1 : 0);
  const qrelsQueries = [...qrels.keys()].sort(byId);
  const runOnly = [...run.keys()].filter((qid) => !qrels.has(qid)).sort(byId);
  const qrelsOnly = qrelsQueries.filter((qid) => !run.has(qid));
  const queries = options.complete ? qrelsQueries : qrelsQueries.filter((qid) => run.has(qid));
  const perQuery: Float64Array[] = [];
  const all = new Float64Array(rows.length);
  const withoutRelevant: string[] = [];
  for (const qid of queries) {
    const judgments = qrels.get(qid)!;
    const queryRun = run.get(qid);
    const ranked: string[] = [];
    if (queryRun !== undefined)
      for (const index of rankByScore(queryRun)) ranked.push(queryRun.docIds[index]!);
    const ranking = judgeRanking(ranked, judgments, level);
    if (ranking.numRel === 0) withoutRelevant.push(qid);
    const values = new Float64Array(rows.length);
    for (const { measure, cutoffs, offset } of plan) {
      const computed = measure.compute(ranking, cutoffs);
      for (let index = 0; index < computed.length; index++) {
        values[offset + index] = computed[index]!;
        all[offset + index]! += computed[index]!;
      }
    }
    perQuery.push(values);
  }
  for (const { measure, offset } of plan) {
    const width = measure.cutoffs === undefined ? 1 : cutoffsOf(measure).length;
    for (let index = offset; index < offset + width; index++) {
      if (measure.average === 'mean' && queries.length > 0) all[index]! /= queries.length;
      if (measure.average === 'geometric' && queries.length > 0)
        all[index] = Math.exp(all[index]! / queries.length);
    }
  }

  const findings: Finding[] = [];
  if (runOnly.length > 0) {
    findings.push({
      code: 'run_query_not_in_qrels',
      severity: 'warning',
      message: `${runOnly.length} run quer${runOnly.length === 1 ? 'y has' : 'ies have'} no judgments in the qrels and ${runOnly.length === 1 ? 'is' : 'are'} not evaluated (as in trec_eval): ${listed(runOnly)}`,
      rows: [],
      rowCount: runOnly.length,
      evidence: { queries: runOnly.slice(0, shownQueries) },
    });
  }
  if (qrelsOnly.length > 0) {
    findings.push({
      code: 'qrels_query_not_in_run',
      severity: 'warning',
      message: options.complete
        ? `${qrelsOnly.length} judged quer${qrelsOnly.length === 1 ? 'y is' : 'ies are'} missing from the run and score 0 (complete averaging): ${listed(qrelsOnly)}`
        : `${qrelsOnly.length} judged quer${qrelsOnly.length === 1 ? 'y is' : 'ies are'} missing from the run and not averaged (as in trec_eval; use -c to count them as 0): ${listed(qrelsOnly)}`,
      rows: [],
      rowCount: qrelsOnly.length,
      evidence: { queries: qrelsOnly.slice(0, shownQueries) },
    });
  }
  if (withoutRelevant.length > 0) {
    findings.push({
      code: 'query_without_relevant',
      severity: 'info',
      message: `${withoutRelevant.length} evaluated quer${withoutRelevant.length === 1 ? 'y has' : 'ies have'} no document with grade ≥ ${level}; ${withoutRelevant.length === 1 ? 'it scores' : 'they score'} 0 on most measures (as in trec_eval): ${listed(withoutRelevant)}`,
      rows: [],
      rowCount: withoutRelevant.length,
      evidence: { queries: withoutRelevant.slice(0, shownQueries), level },
    });
  }
  return { rows, queries, perQuery, all, level, runOnly, qrelsOnly, withoutRelevant, findings };
}
