import type { RetrievalMeasure } from '../retrieval-measure.js';

/** `num_rel`: judged relevant documents (grade ≥ level); summed in `all`. */
export const numRel: RetrievalMeasure = {
  name: 'num_rel',
  summary: 'Number of relevant documents in the qrels (grade ≥ the relevance level).',
  average: 'sum',
  perQuery: true,
  integer: true,
  compute: (ranking) => [ranking.numRel],
};
