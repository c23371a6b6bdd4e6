import type { RetrievalMeasure } from '../retrieval-measure.js';
import { averagePrecision } from './map.js';

/** trec_eval's floor for a query's average precision before taking logs (MIN_GEO_MEAN). */
export const minimumGeometricMean = 0.00001;

/** `gm_map`: geometric mean of average precision (rewards improving the worst queries). */
export const gmMap: RetrievalMeasure = {
  name: 'gm_map',
  summary: 'Geometric mean of average precision over queries (each floored at 0.00001).',
  average: 'geometric',
  perQuery: false,
  compute: (ranking) => [Math.log(Math.max(averagePrecision(ranking), minimumGeometricMean))],
};
