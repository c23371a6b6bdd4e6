import { elevenRecallLevels, type RetrievalMeasure } from '../retrieval-measure.js';
import { interpolatedPrecision } from './interpolated-precision.js';

/** `11pt_avg`: mean of the interpolated precision at the 11 standard recall levels. */
export const elevenPointAverage: RetrievalMeasure = {
  name: '11pt_avg',
  summary: 'Mean interpolated precision over recall 0.0, 0.1, …, 1.0.',
  average: 'mean',
  perQuery: true,
  compute: (ranking) => {
    const values = interpolatedPrecision(ranking, elevenRecallLevels);
    return [values.reduce((sum, value) => sum + value, 0) / values.length];
  },
};
