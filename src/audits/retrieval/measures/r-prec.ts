import { relevantInTop } from '../judged-ranking.js';
import type { RetrievalMeasure } from '../retrieval-measure.js';

/** `Rprec`: precision after R documents, R = the number of relevant documents. */
export const rPrec: RetrievalMeasure = {
  name: 'Rprec',
  summary: 'Precision after R documents are retrieved (R = number of relevant documents).',
  average: 'mean',
  perQuery: true,
  compute: (ranking) => [ranking.numRel === 0 ? 0 : relevantInTop(ranking, ranking.numRel) / ranking.numRel],
};
