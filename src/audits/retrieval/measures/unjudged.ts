import { inPoolUnjudged, notInQrels } from '../judged-ranking.js';
import type { RetrievalMeasure } from '../retrieval-measure.js';

/**
 * `unj_k`: share of the first k ranks holding a document with no judgment (BEIR calls it Hole@k). A
 * high value means the qrels do not cover what the retriever returns, so every other measure is a
 * lower bound.
 */
export const unjudged: RetrievalMeasure = {
  name: 'unj',
  summary: 'Share of the first k ranks with no judgment (annotation holes; BEIR Hole@k).',
  cutoffs: { kind: 'documents', defaults: [5, 10, 20] },
  average: 'mean',
  perQuery: true,
  compute: (ranking, cutoffs) =>
    cutoffs.map((cutoff) => {
      const end = Math.min(cutoff, ranking.numRet);
      let count = 0;
      for (let index = 0; index < end; index++) {
        const grade = ranking.relevance[index]!;
        if (grade === notInQrels || grade === inPoolUnjudged) count++;
      }
      return count / cutoff;
    }),
};
