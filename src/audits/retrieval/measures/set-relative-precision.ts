import type { RetrievalMeasure } from '../retrieval-measure.js';

/** `set_relative_P`: relevant retrieved / min(retrieved, R). */
export const setRelativePrecision: RetrievalMeasure = {
  name: 'set_relative_P',
  summary: 'Relative set precision: relevant retrieved / min(retrieved, R).',
  average: 'mean',
  perQuery: true,
  compute: (ranking) => {
    const best = Math.min(ranking.numRet, ranking.numRel);
    return [best === 0 ? 0 : ranking.numRelRet / best];
  },
};
