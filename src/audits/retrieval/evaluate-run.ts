import type { Finding } from '../../core/finding.js';
import type { Qrels, QueryRun, Run } from '../../core/retrieval.js';
import { judgeRanking, rankDocuments } from './judged-ranking.js';
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

/** Evaluates a run one query at a time, so a huge run file can be scored as it is read. */
export interface RunEvaluator {
  /** Scores one query's documents (in any order; they are ranked here). Each query once. */
  add(qid: string, queryRun: QueryRun): void;
  /** Forgets every query added so far (the run is being read again). */
  reset(): void;
  /** Averages, orders the queries and reports queries found in only one file. */
  finish(): RunEvaluation;
}

/**
 * Evaluates a run against qrels exactly as trec_eval does: each query's documents are ranked by score
 * (ties by docid descending), judged, measured; `all` averages over the queries present in both files
 * (or over every qrels query with `complete`). Queries in only one file are reported as findings,
 * never silently dropped.
 */
export function createRunEvaluator(qrels: Qrels, options: EvaluateRunOptions = {}): RunEvaluator {
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
    return { measure, width: names.length, offset };
  });
  const results = new Map<string, Float64Array>();
  const runOnly: string[] = [];
  const measure = (
    ranked: readonly string[],
    judgments: ReadonlyMap<string, number>,
    hashes?: readonly number[],
  ): Float64Array => {
    const ranking = judgeRanking(ranked, judgments, level, hashes);
    const values = new Float64Array(rows.length);
    for (const { measure: entry, offset } of plan) {
      const computed = entry.compute(ranking, cutoffsOf(entry));
      for (let index = 0; index < computed.length; index++) values[offset + index] = computed[index]!;
    }
    return values;
  };

  return {
    add(qid, queryRun) {
      const judgments = qrels.get(qid);
      if (judgments === undefined) {
        runOnly.push(qid);
        return;
      }
      const ranked = rankDocuments(queryRun);
      results.set(qid, measure(ranked.docIds, judgments, ranked.hashes));
    },
    reset() {
      results.clear();
      runOnly.length = 0;
    },
    finish() {
      const byId = (left: string, right: string) => (left < right ? -1 : left > right ? 1 : 0);
      const qrelsQueries = [...qrels.keys()].sort(byId);
      const qrelsOnly = qrelsQueries.filter((qid) => !results.has(qid));
      if (options.complete) {
        for (const qid of qrelsOnly) results.set(qid, measure([], qrels.get(qid)!));
      }
      const queries = qrelsQueries.filter((qid) => results.has(qid));
      const perQuery = queries.map((qid) => results.get(qid)!);
      const withoutRelevant = queries.filter((qid) => {
        const judgments = qrels.get(qid)!;
        for (const grade of judgments.values()) if (grade >= level) return false;
        return true;
      });
      const all = new Float64Array(rows.length);
      for (const values of perQuery)
        for (let index = 0; index < rows.length; index++) all[index]! += values[index]!;
      for (const { measure: entry, offset, width } of plan) {
        for (let index = offset; index < offset + width; index++) {
          if (queries.length === 0) continue;
          if (entry.average === 'mean') all[index]! /= queries.length;
          if (entry.average === 'geometric') all[index] = Math.exp(all[index]! / queries.length);
        }
      }
      runOnly.sort(byId);
      return {
        rows,
        queries,
        perQuery,
        all,
        level,
        runOnly,
        qrelsOnly,
        withoutRelevant,
        findings: queryFindings(runOnly, qrelsOnly, withoutRelevant, level, options.complete === true),
      };
    },
  };
}

/** Evaluates a whole run held in memory (see `createRunEvaluator`). */
export function evaluateRun(qrels: Qrels, run: Run, options: EvaluateRunOptions = {}): RunEvaluation {
  const evaluator = createRunEvaluator(qrels, options);
  for (const [qid, queryRun] of run) evaluator.add(qid, queryRun);
  return evaluator.finish();
}

function queryFindings(
  runOnly: readonly string[],
  qrelsOnly: readonly string[],
  withoutRelevant: readonly string[],
  level: number,
  complete: boolean,
): Finding[] {
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
      message: complete
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
  return findings;
}
