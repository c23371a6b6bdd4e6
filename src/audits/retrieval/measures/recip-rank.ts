import type { RetrievalMeasure } from '../retrieval-measure.js';

/** `recip_rank`: 1 / rank of the first relevant document (0 when none is retrieved); no cutoff. */
export const recipRank: RetrievalMeasure = {
  name: 'recip_rank',
  summary: 'Reciprocal rank of the first relevant document (mean over queries = MRR).',
  average: 'mean',
  perQuery: true,
  compute: (ranking) => {
    for (let index = 0; index < ranking.numRet; index++) {
      if (ranking.relevance[index]! >= ranking.level) return [1 / (index + 1)];
    }
    return [0];
  },
};
