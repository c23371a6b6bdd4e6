import type { GoldOutcome } from '../../src/audits/retrieval/conditional-accuracy.js';

/**
 * The items of a 2×2 table, gold passage present or missing × answer right or wrong, as the
 * per-item outcomes the foundation audit reads (present-right first, then present-wrong, ...).
 */
export function goldOutcomes(
  presentCorrect: number,
  presentWrong: number,
  missingCorrect: number,
  missingWrong: number,
): GoldOutcome[] {
  const list: GoldOutcome[] = [];
  const add = (count: number, goldPresent: boolean, correct: boolean) => {
    for (let index = 0; index < count; index++) list.push({ goldPresent, correct });
  };
  add(presentCorrect, true, true);
  add(presentWrong, true, false);
  add(missingCorrect, false, true);
  add(missingWrong, false, false);
  return list;
}
