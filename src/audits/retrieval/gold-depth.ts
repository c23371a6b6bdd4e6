import type { Estimate } from '../../core/estimate.js';
import type { EvalCase } from '../../core/eval-case.js';
import type { Run } from '../../core/retrieval.js';
import { wilson } from '../../stats/wilson.js';
import { rankByScore } from './judged-ranking.js';

/** Where the gold passage was when it missed the prompt. */
export interface GoldDepth {
  k: number;
  rankedDepth: number;
  misses: number;
  deeper: number;
  nowhere: number;
  deeperShare: Estimate;
}

/**
 * For items whose gold passage did not reach the prompt and that have a ranking in the run: was the
 * gold passage retrieved at all — ranked below k, where reranking or a larger k would bring it in (or
 * dropped by context assembly) — or not retrieved anywhere (an index, chunking or query problem)?
 * Undefined when the run ranks no deeper than k or no miss has a ranking.
 */
export function goldDepth(
  misses: readonly EvalCase[],
  run: Run,
  k: number,
  alpha: number,
): GoldDepth | undefined {
  let rankedDepth = 0;
  for (const queryRun of run.values()) rankedDepth = Math.max(rankedDepth, queryRun.docIds.length);
  if (rankedDepth <= k) return undefined;
  let counted = 0;
  let deeper = 0;
  for (const evalCase of misses) {
    const queryRun = run.get(evalCase.id);
    if (queryRun === undefined || evalCase.goldIds === undefined || evalCase.goldIds.length === 0) continue;
    counted++;
    const gold = new Set(evalCase.goldIds);
    const order = rankByScore(queryRun);
    for (let rank = 0; rank < order.length; rank++) {
      if (gold.has(queryRun.docIds[order[rank]!]!)) {
        deeper++;
        break;
      }
    }
  }
  if (counted === 0) return undefined;
  return {
    k,
    rankedDepth,
    misses: counted,
    deeper,
    nowhere: counted - deeper,
    deeperShare: wilson(deeper, counted, alpha),
  };
}
