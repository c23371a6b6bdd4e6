import { relevantInTop } from '../judged-ranking.js';
import type { RetrievalMeasure } from '../retrieval-measure.js';

/** `success_k`: 1 when a relevant document is in the first k ranks (hit rate, BEIR "accuracy@k"). */
export const success: RetrievalMeasure = {
  name: 'success',
  summary: 'Success (hit rate) at k: 1 if any relevant document is among the first k.',
  cutoffs: { kind: 'documents', defaults: [1, 5, 10] },
  average: 'mean',
  perQuery: true,
  compute: (ranking, cutoffs) => cutoffs.map((cutoff) => (relevantInTop(ranking, cutoff) > 0 ? 1 : 0)),
};
