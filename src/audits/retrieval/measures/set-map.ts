import type { RetrievalMeasure } from '../retrieval-measure.js';

/** `set_map`: set precision × set recall (the unranked analogue of average precision). */
export const setMap: RetrievalMeasure = {
  name: 'set_map',
  summary: 'Set precision × set recall.',
  average: 'mean',
  perQuery: true,
  compute: (ranking) => [
    ranking.numRet === 0 || ranking.numRel === 0
      ? 0
      : (ranking.numRelRet * ranking.numRelRet) / (ranking.numRet * ranking.numRel),
  ],
};
