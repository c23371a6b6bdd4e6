import type { RetrievalMeasure } from '../retrieval-measure.js';

/** `num_q`: how many queries were evaluated (printed in the `all` row only). */
export const numQ: RetrievalMeasure = {
  name: 'num_q',
  summary: 'Number of queries evaluated (in both the qrels and the run; all qrels queries with -c).',
  average: 'sum',
  perQuery: false,
  integer: true,
  compute: () => [1],
};
