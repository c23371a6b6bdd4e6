import { relevantInTop } from '../judged-ranking.js';
import { type RetrievalMeasure, standardDocumentCutoffs } from '../retrieval-measure.js';

/** `recall_k`: relevant documents in the first k ranks / R (0 when the query has no relevant document). */
export const recall: RetrievalMeasure = {
  name: 'recall',
  summary: 'Recall at k: relevant documents among the first k, divided by R.',
  cutoffs: { kind: 'documents', defaults: standardDocumentCutoffs },
  average: 'mean',
  perQuery: true,
  compute: (ranking, cutoffs) =>
    cutoffs.map((cutoff) => (ranking.numRel === 0 ? 0 : relevantInTop(ranking, cutoff) / ranking.numRel)),
};
