import { elevenRecallLevels, type RetrievalMeasure } from '../retrieval-measure.js';
import { interpolatedPrecision } from './interpolated-precision.js';

/** `iprec_at_recall_x`: interpolated precision at the 11 standard recall levels. */
export const iprecAtRecall: RetrievalMeasure = {
  name: 'iprec_at_recall',
  summary: 'Interpolated precision at recall 0.0, 0.1, …, 1.0 (the recall-precision graph).',
  cutoffs: { kind: 'fractions', defaults: elevenRecallLevels },
  average: 'mean',
  perQuery: true,
  compute: (ranking, levels) => interpolatedPrecision(ranking, levels),
};
