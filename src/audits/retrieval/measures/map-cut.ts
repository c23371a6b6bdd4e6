import { type RetrievalMeasure, standardDocumentCutoffs } from '../retrieval-measure.js';
import { averagePrecision } from './map.js';

/** `map_cut_k`: average precision counting only the first k ranks (still divided by R). */
export const mapCut: RetrievalMeasure = {
  name: 'map_cut',
  summary: 'Average precision over the first k ranks, divided by R.',
  cutoffs: { kind: 'documents', defaults: standardDocumentCutoffs },
  average: 'mean',
  perQuery: true,
  compute: (ranking, cutoffs) => cutoffs.map((cutoff) => averagePrecision(ranking, cutoff)),
};
