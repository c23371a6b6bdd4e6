import type { AnyScorer } from '../../core/scorer.js';
import { exactScorer } from './exact.js';
import { noneScorer } from './none.js';

/** Every built-in correctness scorer, one line each. */
export const scorers: readonly AnyScorer[] = [exactScorer, noneScorer];
