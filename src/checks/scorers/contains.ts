import { z } from 'zod';
import type { JsonValue } from '../../core/json.js';
import { defineScorer } from '../../core/scorer.js';
import { foldText } from '../normalize/fold-text.js';
import { correctOutcome, quote, wrongOutcome } from './outcome.js';

const params = z.strictObject({
  all: z
    .boolean()
    .default(true)
    .describe('With an array reference: every text must appear (true) or at least one (false).'),
});

/** The reference as a list of texts; undefined when it is neither a string nor an array of strings. */
function referenceTexts(reference: JsonValue | undefined): string[] | undefined {
  if (typeof reference === 'string') return [reference];
  if (Array.isArray(reference) && reference.every((text) => typeof text === 'string')) {
    return reference as string[];
  }
  return undefined;
}

/** The reference text (or texts) appears in the output. */
export const containsScorer = defineScorer({
  id: 'contains',
  summary: 'The reference text, or every (or any) text of a reference array, appears in the output.',
  strict: 'Case-sensitive substring of the raw output.',
  lenient: 'Substring once both sides are folded (Unicode, emphasis, case, punctuation, whitespace).',
  whenToUse:
    'Free-text replies that must state a key fact, name or phrase (an order number, a policy name, several required facts).',
  whenNotToUse:
    'Short answers that must be exactly the reference (use exact or label: contains accepts "not billing" for "billing"); graded overlap (use token-f1).',
  requiresReference: true,
  params,
  checkReference(reference) {
    const texts = referenceTexts(reference);
    if (texts === undefined || texts.length === 0) {
      return {
        problem: 'the reference must be a text or a non-empty array of texts',
        hint: 'write e.g. "refund within 30 days" or ["order 1234", "refund"]',
      };
    }
    if (texts.some((text) => foldText(text) === '')) {
      return {
        problem: 'the reference has an empty text, which every output contains',
        hint: 'remove the empty text or write what the output must contain',
      };
    }
    return undefined;
  },
  score(output, reference, options, context) {
    const texts = referenceTexts(reference) ?? [];
    const lenient = context.mode === 'lenient';
    const folded = lenient ? foldText(output) : '';
    const found = (text: string) => output.includes(text) || (lenient && folded.includes(foldText(text)));
    const missing = texts.filter((text) => !found(text));
    if (options.all ? missing.length === 0 : missing.length < texts.length) return correctOutcome;
    if (options.all) return wrongOutcome(`missing ${missing.map((text) => quote(text, 40)).join(', ')}`);
    return wrongOutcome(`none of ${texts.map((text) => quote(text, 40)).join(', ')} found`);
  },
});
