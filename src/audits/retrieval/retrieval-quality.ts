import type { Estimate } from '../../core/estimate.js';
import type { EvalCase } from '../../core/eval-case.js';
import type { Qrels, Run } from '../../core/retrieval.js';
import { meanInterval } from '../../stats/mean-interval.js';
import type { Random } from '../../stats/random.js';
import { wilson } from '../../stats/wilson.js';
import { evaluateRun, type RunEvaluation } from './evaluate-run.js';

/** Retrieval quality at the operating k (rag.md §2.3 step 1). */
export interface RetrievalQuality {
  source: 'inline' | 'qrels_run';
  k: number;
  queries: number;
  hitRate: Estimate;
  recall: Estimate;
  reciprocalRank: Estimate;
  ndcg: Estimate;
  /** trec_eval `all` values at cutoff k, by trec_eval name (the measures that mean something here). */
  measures: Record<string, number>;
}

/** Measures reported at the operating k; `unj` (annotation holes) only with qrels, where it means something. */
const reported = (k: number, source: RetrievalQuality['source']) => [
  'num_q',
  'num_rel',
  'num_rel_ret',
  `success_${k}`,
  `recall_${k}`,
  `P_${k}`,
  `ndcg_cut_${k}`,
  `map_cut_${k}`,
  'recip_rank',
  'map',
  'Rprec',
  'ndcg',
  ...(source === 'qrels_run' ? [`unj_${k}`] : []),
];

/** How intervals are drawn. */
export interface QualityOptions {
  alpha: number;
  /** Seeded generator for the bootstrap intervals (reports are reproducible). */
  random: Random;
  resamples?: number;
}

function column(evaluation: RunEvaluation, name: string): number[] {
  const index = evaluation.rows.findIndex((row) => row.name === name);
  return evaluation.perQuery.map((values) => values[index]!);
}

function quality(
  evaluation: RunEvaluation,
  source: RetrievalQuality['source'],
  k: number,
  options: QualityOptions,
): RetrievalQuality | undefined {
  if (evaluation.queries.length === 0) return undefined;
  const hits = column(evaluation, `success_${k}`).filter((value) => value === 1).length;
  const measures: Record<string, number> = {};
  for (const name of reported(k, source)) {
    const index = evaluation.rows.findIndex((row) => row.name === name);
    if (index >= 0) measures[name] = evaluation.all[index]!;
  }
  return {
    source,
    k,
    queries: evaluation.queries.length,
    hitRate: wilson(hits, evaluation.queries.length, options.alpha),
    recall: meanInterval(column(evaluation, `recall_${k}`), options),
    reciprocalRank: meanInterval(column(evaluation, 'recip_rank'), options),
    ndcg: meanInterval(column(evaluation, `ndcg_cut_${k}`), options),
    measures,
  };
}

/** Quality of a run against qrels at cutoff k, with trec_eval's rules (queries in both files). */
export function runRetrievalQuality(
  qrels: Qrels,
  run: Run,
  settings: { k: number; level: number },
  options: QualityOptions,
): RetrievalQuality | undefined {
  const evaluation = evaluateRun(qrels, run, { level: settings.level, documentCutoffs: [settings.k] });
  return quality(evaluation, 'qrels_run', settings.k, options);
}

/**
 * Quality of the prompts themselves, from contexts and gold ids logged in eval rows: each item is a
 * query, its contexts in prompt order the ranking, its gold ids the relevant documents (grade 1).
 * k is the largest number of passages any prompt holds, so hit rate equals the share of items whose
 * gold passage reached the prompt. Undefined when no item logs both.
 */
export function inlineRetrievalQuality(
  cases: readonly EvalCase[],
  options: QualityOptions,
): RetrievalQuality | undefined {
  const qrels: Qrels = new Map();
  const run: Run = new Map();
  let k = 0;
  for (const evalCase of cases) {
    if (evalCase.contexts === undefined || evalCase.goldIds === undefined || evalCase.goldIds.length === 0)
      continue;
    const ids = [...new Set(evalCase.contexts.map((passage) => passage.id))];
    qrels.set(evalCase.id, new Map(evalCase.goldIds.map((id) => [id, 1])));
    // Descending scores keep the prompt order as the ranking.
    run.set(evalCase.id, { docIds: ids, scores: ids.map((_, index) => ids.length - index) });
    k = Math.max(k, evalCase.contexts.length);
  }
  if (run.size === 0 || k === 0) return undefined;
  return quality(evaluateRun(qrels, run, { documentCutoffs: [k] }), 'inline', k, options);
}
