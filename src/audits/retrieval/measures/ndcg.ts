import type { JudgedRanking } from '../judged-ranking.js';
import type { RetrievalMeasure } from '../retrieval-measure.js';

/**
 * Discounted cumulative gain over the first `cutoff` ranks and its ideal, as trec_eval computes them:
 * the gain of a document is its grade (linear gain, whatever the relevance level), the discount at
 * rank r is log2(r + 1), and the ideal ranking orders every judged document by grade.
 */
export function normalizedDcg(ranking: JudgedRanking, cutoff = Number.POSITIVE_INFINITY): number {
  let dcg = 0;
  const end = Math.min(cutoff, ranking.numRet);
  for (let index = 0; index < end; index++) {
    const gain = ranking.relevance[index]!;
    if (gain > 0) dcg += gain / Math.log2(index + 2);
  }
  let ideal = 0;
  let rank = 0;
  for (let grade = ranking.relLevels.length - 1; grade > 0 && rank < cutoff; grade--) {
    const count = ranking.relLevels[grade]!;
    for (let taken = 0; taken < count && rank < cutoff; taken++, rank++) ideal += grade / Math.log2(rank + 2);
  }
  return ideal > 0 ? dcg / ideal : 0;
}

/** `ndcg`: normalised discounted cumulative gain over the whole ranking (graded gains). */
export const ndcg: RetrievalMeasure = {
  name: 'ndcg',
  summary: 'Normalised discounted cumulative gain over the whole ranking; gain = the qrels grade.',
  average: 'mean',
  perQuery: true,
  compute: (ranking) => [normalizedDcg(ranking)],
};
