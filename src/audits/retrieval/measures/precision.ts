import { relevantInTop } from '../judged-ranking.js';
import { type RetrievalMeasure, standardDocumentCutoffs } from '../retrieval-measure.js';

/** `P_k`: relevant documents in the first k ranks / k (missing ranks count as non-relevant). */
export const precision: RetrievalMeasure = {
  name: 'P',
  summary: 'Precision at k: relevant documents among the first k, divided by k.',
  cutoffs: { kind: 'documents', defaults: standardDocumentCutoffs },
  average: 'mean',
  perQuery: true,
  compute: (ranking, cutoffs) => cutoffs.map((cutoff) => relevantInTop(ranking, cutoff) / cutoff),
};
