import { inPoolUnjudged, notInQrels } from '../judged-ranking.js';
import type { RetrievalMeasure } from '../retrieval-measure.js';

/**
 * `bpref` (Buckley & Voorhees 2004): for each relevant document retrieved, the share of the first R
 * judged non-relevant documents ranked above it, subtracted from 1; divided by R. Unjudged documents are
 * skipped, so it stays stable when judgments are incomplete.
 */
export const bpref: RetrievalMeasure = {
  name: 'bpref',
  summary: 'Binary preference: how often judged relevant documents rank above judged non-relevant ones.',
  average: 'mean',
  perQuery: true,
  compute: (ranking) => {
    let nonrelevantInQrels = 0;
    for (let grade = 0; grade < ranking.level && grade < ranking.relLevels.length; grade++) {
      nonrelevantInQrels += ranking.relLevels[grade]!;
    }
    let nonrelevantSoFar = 0;
    let sum = 0;
    for (const grade of ranking.relevance) {
      if (grade === notInQrels || grade === inPoolUnjudged) continue;
      if (grade < ranking.level) {
        nonrelevantSoFar++;
        continue;
      }
      sum +=
        nonrelevantSoFar > 0
          ? 1 - Math.min(nonrelevantSoFar, ranking.numRel) / Math.min(nonrelevantInQrels, ranking.numRel)
          : 1;
    }
    return [ranking.numRel > 0 ? sum / ranking.numRel : sum];
  },
};
