import type { RetrievalMeasure } from '../retrieval-measure.js';

/** `set_F`: harmonic mean of set precision and set recall (β = 1, trec_eval's default). */
export const setF: RetrievalMeasure = {
  name: 'set_F',
  summary: 'Set F1: harmonic mean of set precision and set recall.',
  average: 'mean',
  perQuery: true,
  compute: (ranking) => {
    const precisionValue = ranking.numRet === 0 ? 0 : ranking.numRelRet / ranking.numRet;
    const recallValue = ranking.numRel === 0 ? 0 : ranking.numRelRet / ranking.numRel;
    const sum = precisionValue + recallValue;
    return [sum === 0 ? 0 : (2 * precisionValue * recallValue) / sum];
  },
};
