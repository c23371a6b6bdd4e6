import type { JudgedRanking } from '../judged-ranking.js';
import type { RetrievalMeasure } from '../retrieval-measure.js';

/** Sum of precision at each relevant document among the first `cutoff` ranks, divided by R. */
export function averagePrecision(ranking: JudgedRanking, cutoff = Number.POSITIVE_INFINITY): number {
  if (ranking.numRel === 0) return 0;
  const end = Math.min(cutoff, ranking.numRet);
  let relevantSoFar = 0;
  let sum = 0;
  for (let index = 0; index < end; index++) {
    if (ranking.relevance[index]! >= ranking.level) {
      relevantSoFar++;
      sum += relevantSoFar / (index + 1);
    }
  }
  return sum / ranking.numRel;
}

/** `map`: mean average precision (uninterpolated; unretrieved relevant documents count as 0). */
export const map: RetrievalMeasure = {
  name: 'map',
  summary: 'Mean average precision: precision at each relevant document retrieved, summed and divided by R.',
  average: 'mean',
  perQuery: true,
  compute: (ranking) => [averagePrecision(ranking)],
};
