import { z } from 'zod';
import type { JsonValue } from '../../core/json.js';
import { defineScorer } from '../../core/scorer.js';
import { findNumbers, parseNumberLiteral } from '../normalize/extract-number.js';
import { foldUnicode } from '../normalize/fold-unicode.js';
import { hasAnswerPrefix, stripAnswerPrefix } from '../normalize/strip-answer-prefix.js';
import { stripCodeFences } from '../normalize/strip-code-fences.js';
import { stripEmphasis } from '../normalize/strip-emphasis.js';
import { correctOutcome, quote, wrongOutcome } from './outcome.js';

const params = z.strictObject({
  tolerance: z
    .number()
    .min(0)
    .default(0)
    .describe('Largest absolute difference still counted as equal (0.01 accepts 5.44 for 5.4321).'),
  relative: z
    .number()
    .min(0)
    .optional()
    .describe(
      'Largest difference as a fraction of the reference (0.05 = within 5%); the looser of the two wins.',
    ),
});

/** A JSON number and nothing else (JSON.parse's grammar, whitespace around allowed). */
const strictNumber = /^\s*-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?\s*$/;

function referenceNumber(reference: JsonValue | undefined): number | undefined {
  if (typeof reference === 'number') return reference;
  return typeof reference === 'string' ? parseNumberLiteral(foldUnicode(reference)) : undefined;
}

/**
 * The number a reply gives: the first number after its last answer prefix (`Answer: 42`), else
 * the last number in it (GSM8K's "flexible extract": worked answers end with the result).
 */
function replyNumber(output: string): number | undefined {
  const folded = foldUnicode(output);
  const whole = parseNumberLiteral(folded);
  if (whole !== undefined) return whole;
  const unwrapped = stripEmphasis(stripCodeFences(folded));
  if (hasAnswerPrefix(unwrapped)) {
    const afterPrefix = findNumbers(stripAnswerPrefix(unwrapped))[0];
    if (afterPrefix !== undefined) return afterPrefix;
  }
  return findNumbers(unwrapped).at(-1);
}

/** The output is the reference number, within a tolerance. */
export const numberScorer = defineScorer({
  id: 'number',
  summary: 'The output is the reference number, within an optional tolerance.',
  strict: 'The whole output is a JSON number within the tolerance of the reference.',
  lenient:
    'The number is read from prose: after an answer prefix (`Answer: 42`), else the last number; thousands separators, currency signs and % are ignored.',
  whenToUse: 'Numeric answers: arithmetic and word problems (GSM8K), counts, amounts, measurements.',
  whenNotToUse:
    'Numbers inside JSON (use json-fields, which equates "3" and 3); ids that look like numbers (use exact).',
  requiresReference: true,
  params,
  checkReference(reference) {
    if (referenceNumber(reference) === undefined) {
      return {
        problem: `reference ${quote(reference)} is not a number`,
        hint: 'write the expected number, e.g. 42 or "1,250.5"',
      };
    }
    return undefined;
  },
  score(output, reference, options, context) {
    const expected = referenceNumber(reference);
    if (expected === undefined) return wrongOutcome(`the reference ${quote(reference)} is not a number`);
    const allowed = Math.max(options.tolerance, (options.relative ?? 0) * Math.abs(expected));
    const within = (value: number) =>
      // The epsilon term absorbs binary rounding (0.1 + 0.2 against 0.3), nothing more.
      Math.abs(value - expected) <= allowed + 1e-12 * Math.max(1, Math.abs(value), Math.abs(expected));
    const strict = strictNumber.test(output) ? Number(output) : undefined;
    if (strict !== undefined && within(strict)) return correctOutcome;
    const got = context.mode === 'lenient' ? replyNumber(output) : strict;
    if (got !== undefined && within(got)) return correctOutcome;
    if (got === undefined) {
      return wrongOutcome(
        context.mode === 'lenient'
          ? `expected ${expected}, found no number in ${quote(output)}`
          : `expected ${expected}, the output is not a number: ${quote(output)}`,
      );
    }
    const margin = allowed > 0 ? ` (tolerance ${allowed})` : '';
    return wrongOutcome(`expected ${expected}${margin}, got ${got}`);
  },
});
