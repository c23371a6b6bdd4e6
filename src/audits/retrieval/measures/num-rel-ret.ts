import type { RetrievalMeasure } from '../retrieval-measure.js';

/** `num_rel_ret`: relevant documents retrieved; summed in `all`. */
export const numRelRet: RetrievalMeasure = {
  name: 'num_rel_ret',
  summary: 'Number of relevant documents retrieved.',
  average: 'sum',
  perQuery: true,
  integer: true,
  compute: (ranking) => [ranking.numRelRet],
};
