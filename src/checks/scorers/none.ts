import { z } from 'zod';
import { defineScorer } from '../../core/scorer.js';

/** No correctness scoring: every output counts as correct, so only the contract decides. */
export const noneScorer = defineScorer({
  id: 'none',
  summary:
    'No correctness scoring: every output counts as correct (strict and lenient); items pass or fail on their contract alone.',
  strict: 'Every output counts as correct, whatever it says; the contract checks alone decide pass or fail.',
  lenient: 'The same as strict: there is no reference to be lenient about.',
  whenToUse:
    'Projects judged only by their output contract, with no reference answers: instruction-following sets such as IFEval (`fixfirst import ifeval`), format audits of production logs.',
  whenNotToUse:
    'Whenever reference answers exist: without a scorer, wrong content is invisible and every failure looks surface-level.',
  requiresReference: false,
  params: z.strictObject({}),
  score() {
    return { correct: true, score: 1 };
  },
});
