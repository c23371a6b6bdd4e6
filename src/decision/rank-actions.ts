import type { Action } from '../core/report/verdict.js';

/** The action kinds that buy accuracy and can be ranked against each other. */
const rankable = new Set<Action['kind']>(['fix_prompt', 'fix_foundation', 'fix_data', 'fine_tune']);

/** Accuracy points per dollar; a fix that costs nothing (or saves money) ranks first. */
function liftPerDollar(action: Action): number | undefined {
  if (!rankable.has(action.kind) || action.expectedLift === null || action.cost?.usd == null)
    return undefined;
  return action.cost.usd <= 0 ? Number.POSITIVE_INFINITY : action.expectedLift.value / action.cost.usd;
}

/**
 * Orders the priced actions of a plan by expected lift per dollar (Q3's horizon cost), most first.
 * Only actions with both a lift and a cost move, and only among their own places: unpriced steps
 * (relabel data, price it, stop) keep theirs, and so does `pinned`, the action the verdict's
 * headline names first; a fine-tune stays behind a "price it first" or "clean the data" step.
 * Stable for ties.
 */
export function rankByLiftPerDollar(actions: readonly Action[], pinned?: Action['kind']): Action[] {
  // Fine-tuning waits for its prerequisites (price it first, clean the data): it never jumps them.
  const waits = actions.some((action) => action.kind === 'assess' || action.kind === 'fix_data');
  const slots: number[] = [];
  actions.forEach((action, index) => {
    const fixed = action.kind === pinned || (waits && action.kind === 'fine_tune');
    if (!fixed && liftPerDollar(action) !== undefined) slots.push(index);
  });
  const ranked = slots.map((index) => actions[index]!).sort((a, b) => liftPerDollar(b)! - liftPerDollar(a)!);
  const result = [...actions];
  slots.forEach((slot, position) => {
    result[slot] = ranked[position]!;
  });
  return result;
}
