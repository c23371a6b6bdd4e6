import { z } from 'zod';
import { defineScorer } from '../../core/scorer.js';
import { foldCase } from '../normalize/fold-case.js';
import { foldWhitespace } from '../normalize/fold-whitespace.js';
import { lenientAnswerEqual } from './lenient-answer-equal.js';
import { correctOutcome, quote, wrongOutcome } from './outcome.js';
import { referenceText } from './reference-text.js';

function caseAndSpace(text: string): string {
  return foldWhitespace(foldCase(text));
}

/** The output equals the reference up to case and whitespace. */
export const normalizedScorer = defineScorer({
  id: 'normalized',
  summary: 'The output equals the reference up to case and whitespace.',
  strict: 'Equal after case folding and collapsing whitespace (`Billing \\n` = `billing`).',
  lenient:
    'Also forgives code fences, prose around JSON, emphasis, answer prefixes, punctuation and Unicode look-alikes, or a preamble or sign-off line.',
  whenToUse: 'Short free-form answers whose case and spacing do not matter (names, titles, short phrases).',
  whenNotToUse:
    'Case-sensitive answers such as codes or ids (use exact); labels with synonyms (use label); longer text (use token-f1).',
  requiresReference: true,
  params: z.strictObject({}),
  score(output, reference, _params, context) {
    const expected = referenceText(reference);
    if (output === expected || caseAndSpace(output) === caseAndSpace(expected)) return correctOutcome;
    if (context.mode === 'lenient' && lenientAnswerEqual(output, reference)) return correctOutcome;
    return wrongOutcome(`expected ${quote(expected)}, got ${quote(output)}`);
  },
});
