import { z } from 'zod';
import { defineScorer } from '../../core/scorer.js';
import { referenceText } from './reference-text.js';

/** The output equals the reference. */
export const exactScorer = defineScorer({
  id: 'exact',
  summary:
    'Strict: the output equals the reference character for character. Lenient: after surface normalisation.',
  whenToUse: 'Short canonical answers (ids, labels, numbers written one way).',
  whenNotToUse:
    'Free text (use token-f1 or contains); labels with synonyms (use label); JSON (use json-fields).',
  requiresReference: true,
  params: z.strictObject({}),
  score(output, reference, _params, context) {
    const expected = referenceText(reference);
    const correct =
      context.mode === 'strict'
        ? output === expected
        : output.trim().toLowerCase() === expected.trim().toLowerCase();
    return {
      correct,
      score: correct ? 1 : 0,
      detail: correct ? undefined : `expected ${JSON.stringify(expected).slice(0, 80)}`,
    };
  },
});
