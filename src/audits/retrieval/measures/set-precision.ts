import type { RetrievalMeasure } from '../retrieval-measure.js';

/** `set_P`: relevant retrieved / retrieved, ignoring order. */
export const setPrecision: RetrievalMeasure = {
  name: 'set_P',
  summary: 'Set precision: relevant retrieved / retrieved.',
  average: 'mean',
  perQuery: true,
  compute: (ranking) => [ranking.numRet === 0 ? 0 : ranking.numRelRet / ranking.numRet],
};
