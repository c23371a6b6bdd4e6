import type { RetrievalMeasure } from '../retrieval-measure.js';

/** `set_recall`: relevant retrieved / R. */
export const setRecall: RetrievalMeasure = {
  name: 'set_recall',
  summary: 'Set recall: relevant retrieved / R.',
  average: 'mean',
  perQuery: true,
  compute: (ranking) => [ranking.numRel === 0 ? 0 : ranking.numRelRet / ranking.numRel],
};
