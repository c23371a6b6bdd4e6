import type { Estimate } from '../../core/estimate.js';
import { fisherExact } from '../../stats/fisher-exact.js';
import { newcombeUnpaired } from '../../stats/newcombe-unpaired.js';
import { wilson } from '../../stats/wilson.js';

/** One item: did its gold passage reach the prompt, and was it answered correctly? */
export interface GoldOutcome {
  goldPresent: boolean;
  correct: boolean;
}

/** Accuracy with and without the gold passage, and what share of failures lacked it (rag.md §2.3, steps 2–3). */
export interface ConditionalAccuracy {
  goldPresent: number;
  goldMissing: number;
  failures: number;
  failuresGoldMissing: number;
  /** P(correct | gold present), Wilson. */
  accuracyGoldPresent: Estimate;
  /** P(correct | gold missing), Wilson. */
  accuracyGoldMissing: Estimate;
  /** Present minus missing, Newcombe hybrid score interval. */
  gap: Estimate;
  /** Fisher exact test of the 2×2 table (gold present/missing × correct/wrong), two-sided. */
  pValue: number;
  /** Failures with the gold passage missing / all failures, Wilson: an upper bound on what retrieval fixes can buy. */
  goldMissingShareOfFailures: Estimate;
}

/** Conditional accuracy on the items where it is known whether the gold passage reached the prompt. */
export function conditionalAccuracy(outcomes: readonly GoldOutcome[], alpha: number): ConditionalAccuracy {
  let presentCorrect = 0;
  let presentWrong = 0;
  let missingCorrect = 0;
  let missingWrong = 0;
  for (const outcome of outcomes) {
    if (outcome.goldPresent) {
      if (outcome.correct) presentCorrect++;
      else presentWrong++;
    } else if (outcome.correct) missingCorrect++;
    else missingWrong++;
  }
  const goldPresent = presentCorrect + presentWrong;
  const goldMissing = missingCorrect + missingWrong;
  const failures = presentWrong + missingWrong;
  return {
    goldPresent,
    goldMissing,
    failures,
    failuresGoldMissing: missingWrong,
    accuracyGoldPresent: wilson(presentCorrect, goldPresent, alpha),
    accuracyGoldMissing: wilson(missingCorrect, goldMissing, alpha),
    gap: newcombeUnpaired(presentCorrect, goldPresent, missingCorrect, goldMissing, alpha),
    pValue: fisherExact(presentCorrect, presentWrong, missingCorrect, missingWrong),
    goldMissingShareOfFailures: wilson(missingWrong, failures, alpha),
  };
}
