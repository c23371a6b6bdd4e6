import type { JudgedRanking } from './judged-ranking.js';

/** Parameters of a measure computed at several points, as trec_eval names them (`P_10`, `iprec_at_recall_0.50`). */
export interface MeasureCutoffs {
  /** `documents`: rank cutoffs (overridden by `-k`); `fractions`: fractions of R or recall levels (fixed). */
  kind: 'documents' | 'fractions';
  /** trec_eval's default parameters. */
  defaults: readonly number[];
}

/**
 * One trec_eval measure. One measure = one file in src/audits/retrieval/measures/ + one line in its
 * index.ts; the shared conformance test (retrieval-conformance.test.ts) checks every registered measure
 * against trec_eval's own output, and fails when a measure is neither there nor listed as skipped.
 */
export interface RetrievalMeasure {
  /** trec_eval's name (`P`, `map`, `ndcg_cut`); with cutoffs, rows are named `<name>_<cutoff>`. */
  readonly name: string;
  /** One line: what it measures. */
  readonly summary: string;
  /** Cutoff parameters, when the measure has them. */
  readonly cutoffs?: MeasureCutoffs;
  /** How the `all` row is formed from the per-query values: arithmetic mean, sum (counts) or geometric mean. */
  readonly average: 'mean' | 'sum' | 'geometric';
  /** False for measures trec_eval prints only in the `all` row (`num_q`, `gm_map`). */
  readonly perQuery: boolean;
  /** Printed as an integer (counts). */
  readonly integer?: boolean;
  /**
   * Values for one query: one per cutoff (in the order given), or a single value. For `geometric`
   * measures the value is the logarithm that trec_eval accumulates.
   */
  compute(ranking: JudgedRanking, cutoffs: readonly number[]): number[];
}

/** The row name of a measure at one cutoff, as trec_eval prints it. */
export function measureRowName(measure: RetrievalMeasure, cutoff: number | undefined): string {
  if (cutoff === undefined || measure.cutoffs === undefined) return measure.name;
  return measure.cutoffs.kind === 'fractions'
    ? `${measure.name}_${cutoff.toFixed(2)}`
    : `${measure.name}_${cutoff}`;
}

/** trec_eval's document cutoffs for P, recall, map_cut, ndcg_cut and relative_P. */
export const standardDocumentCutoffs: readonly number[] = [5, 10, 15, 20, 30, 100, 200, 500, 1000];

/** Recall levels of the standard recall-precision graph (iprec_at_recall, 11pt_avg). */
export const elevenRecallLevels: readonly number[] = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1];
