import { z } from 'zod';
import { defineScorer } from '../../core/scorer.js';
import { lenientAnswerEqual } from './lenient-answer-equal.js';
import { correctOutcome, quote, wrongOutcome } from './outcome.js';
import { referenceText } from './reference-text.js';

/** The output equals the reference. */
export const exactScorer = defineScorer({
  id: 'exact',
  summary: 'The output equals the reference.',
  strict: 'Byte for byte equal to the reference text (a JSON reference as compact JSON).',
  lenient:
    'Equal after every normaliser (fences, prose around JSON, emphasis, answer prefix, Unicode, case, space, punctuation, key case), or once a preamble or sign-off line is dropped.',
  whenToUse: 'Short canonical answers (ids, codes, one-word answers) written exactly one way.',
  whenNotToUse:
    'Labels with synonyms (use label); JSON where only some fields matter (use json-fields); numbers (use number); free text (use token-f1 or contains).',
  requiresReference: true,
  params: z.strictObject({}),
  score(output, reference, _params, context) {
    const expected = referenceText(reference);
    if (output === expected) return correctOutcome;
    if (context.mode === 'lenient' && lenientAnswerEqual(output, reference)) return correctOutcome;
    return wrongOutcome(`expected ${quote(expected)}, got ${quote(output)}`);
  },
});
