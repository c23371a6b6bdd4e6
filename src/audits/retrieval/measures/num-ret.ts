import type { RetrievalMeasure } from '../retrieval-measure.js';

/** `num_ret`: documents retrieved; summed in `all`. */
export const numRet: RetrievalMeasure = {
  name: 'num_ret',
  summary: 'Number of documents retrieved.',
  average: 'sum',
  perQuery: true,
  integer: true,
  compute: (ranking) => [ranking.numRet],
};
