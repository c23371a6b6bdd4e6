import type { EvalCase } from '../../core/eval-case.js';
import { answerInContext } from './answer-in-context.js';

/** How an item's "did the gold passage reach the prompt?" was decided. */
export type GoldSource = 'gold_ids' | 'answer_in_context';

/** Whether an item's gold passage reached the prompt, how that was decided, and where it sat. */
export interface GoldEvidence {
  /** A gold passage (or, without gold ids, the reference answer) is in the prompt's contexts. */
  present: boolean;
  source: GoldSource;
  /** 1-based prompt position of the first gold passage; null when absent. */
  position: number | null;
  /** Passages in the prompt. */
  contexts: number;
}

/**
 * The one place that decides whether an item's gold passage reached the prompt (item results, the
 * headroom waterfall and Q4 all read it): with gold ids, whether any context id is a gold id; without
 * them, whether the reference answer appears in a context (KILT answer_in_context). Undefined when
 * the item logs no contexts, or neither gold ids nor a usable text reference.
 */
export function goldEvidence(evalCase: EvalCase): GoldEvidence | undefined {
  const { contexts, goldIds } = evalCase;
  if (contexts === undefined) return undefined;
  if (goldIds !== undefined && goldIds.length > 0) {
    const gold = new Set(goldIds);
    const index = contexts.findIndex((passage) => gold.has(passage.id));
    return {
      present: index >= 0,
      source: 'gold_ids',
      position: index >= 0 ? index + 1 : null,
      contexts: contexts.length,
    };
  }
  const index = answerInContext(evalCase.reference, contexts);
  if (index === undefined) return undefined;
  return {
    present: index >= 0,
    source: 'answer_in_context',
    position: index >= 0 ? index + 1 : null,
    contexts: contexts.length,
  };
}
