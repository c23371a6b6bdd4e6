import { relevantInTop } from '../judged-ranking.js';
import { type RetrievalMeasure, standardDocumentCutoffs } from '../retrieval-measure.js';

/** `relative_P_k`: relevant in the first k / min(k, R) — precision that a perfect ranking would score 1 on. */
export const relativePrecision: RetrievalMeasure = {
  name: 'relative_P',
  summary: 'Relative precision at k: relevant among the first k, divided by min(k, R).',
  cutoffs: { kind: 'documents', defaults: standardDocumentCutoffs },
  average: 'mean',
  perQuery: true,
  compute: (ranking, cutoffs) =>
    cutoffs.map((cutoff) => {
      const best = Math.min(cutoff, ranking.numRel);
      return best === 0 ? 0 : relevantInTop(ranking, cutoff) / best;
    }),
};
