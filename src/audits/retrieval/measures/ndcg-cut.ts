import { type RetrievalMeasure, standardDocumentCutoffs } from '../retrieval-measure.js';
import { normalizedDcg } from './ndcg.js';

/** `ndcg_cut_k`: nDCG over the first k ranks, against the ideal ranking cut at k. */
export const ndcgCut: RetrievalMeasure = {
  name: 'ndcg_cut',
  summary: 'nDCG at k (graded gains; the ideal ranking is cut at k too).',
  cutoffs: { kind: 'documents', defaults: standardDocumentCutoffs },
  average: 'mean',
  perQuery: true,
  compute: (ranking, cutoffs) => cutoffs.map((cutoff) => normalizedDcg(ranking, cutoff)),
};
