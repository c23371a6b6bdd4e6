import type { JudgedRanking } from '../judged-ranking.js';

/**
 * Interpolated precision at recall levels (trec_eval iprec_at_recall): precision at a recall level is
 * the highest precision at any rank where recall is at least that level. A recall fraction f is turned
 * into a number of relevant documents as round(f·R) (trec_eval 9.0.8 and later; earlier versions used
 * f·R + 0.9 truncated). Levels never reached get 0.
 */
export function interpolatedPrecision(ranking: JudgedRanking, levels: readonly number[]): number[] {
  const values = levels.map(() => 0);
  if (ranking.numRet === 0) return values;
  const needed = levels.map((level) => Math.round(level * ranking.numRel));
  let best = ranking.numRelRet / ranking.numRet;
  let relevantSoFar = ranking.numRelRet;
  // Walk up from the bottom of the ranking, keeping the best precision seen at or below each rank.
  for (let rank = ranking.numRet; rank > 0 && relevantSoFar > 0; rank--) {
    best = Math.max(best, relevantSoFar / rank);
    if (ranking.relevance[rank - 1]! >= ranking.level) {
      needed.forEach((count, index) => {
        if (count === relevantSoFar) values[index] = best;
      });
      relevantSoFar--;
    }
  }
  needed.forEach((count, index) => {
    if (count === 0) values[index] = best;
  });
  return values;
}
