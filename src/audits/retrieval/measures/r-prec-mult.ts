import { relevantInTop } from '../judged-ranking.js';
import type { RetrievalMeasure } from '../retrieval-measure.js';

/** `Rprec_mult_x`: precision after x·R documents (x·R + 0.9 truncated, as trec_eval). */
export const rPrecMult: RetrievalMeasure = {
  name: 'Rprec_mult',
  summary: 'Precision at multiples of R (0.2R … 2R): precision- versus recall-oriented behaviour.',
  cutoffs: { kind: 'fractions', defaults: [0.2, 0.4, 0.6, 0.8, 1, 1.2, 1.4, 1.6, 1.8, 2] },
  average: 'mean',
  perQuery: true,
  compute: (ranking, multiples) =>
    multiples.map((multiple) => {
      const cutoff = Math.trunc(multiple * ranking.numRel + 0.9);
      return cutoff === 0 ? 0 : relevantInTop(ranking, cutoff) / cutoff;
    }),
};
