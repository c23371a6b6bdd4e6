import type { RetrievalMeasure } from '../retrieval-measure.js';

/** `num_nonrel_judged_ret`: retrieved documents judged non-relevant (0 ≤ grade < level); summed in `all`. */
export const numNonrelJudgedRet: RetrievalMeasure = {
  name: 'num_nonrel_judged_ret',
  summary: 'Number of retrieved documents judged non-relevant.',
  average: 'sum',
  perQuery: true,
  integer: true,
  compute: (ranking) => {
    let count = 0;
    for (const grade of ranking.relevance) if (grade >= 0 && grade < ranking.level) count++;
    return [count];
  },
};
