import { z } from 'zod';
import { configError } from '../../core/errors.js';
import type { JsonValue } from '../../core/json.js';
import { defineScorer } from '../../core/scorer.js';
import { lenientText } from '../normalize/lenient-text.js';
import { stripSurfaceNoise } from '../normalize/strip-surface-noise.js';
import { correctOutcome, quote, wrongOutcome } from './outcome.js';

const params = z.strictObject({
  pattern: z
    .string()
    .min(1)
    .optional()
    .describe(
      'JavaScript regular expression the output must match; without it, each row’s reference is the pattern.',
    ),
  flags: z
    .string()
    .default('')
    .describe('RegExp flags, e.g. "i" (case-insensitive), "s", "m", "u"; "g" and "y" are ignored.'),
});

interface CompiledRegex {
  /** The pattern from the config; undefined when each reference is its own pattern. */
  pattern: RegExp | undefined;
  flags: string;
  /** Patterns read from references, compiled once each. */
  byReference: Map<string, RegExp | string>;
}

/** Python-style inline flags, which JavaScript rejects; named in the error so the fix is obvious. */
const inlineFlags = /^\(\?[aiLmsux]+\)/;

/** Compiles a pattern, or returns why it is invalid. */
function compilePattern(pattern: string, flags: string): RegExp | string {
  try {
    return new RegExp(pattern, flags);
  } catch (error) {
    // V8 says `Invalid regular expression: /(a/: Unterminated group`; keep only the reason.
    const reason = (error as Error).message
      .replace(/^Invalid regular expression: /, '')
      .replace(`/${pattern}/${flags}: `, '');
    return inlineFlags.test(pattern)
      ? `${reason} (JavaScript has no inline flags such as (?i); use flags instead)`
      : reason;
  }
}

function referencePattern(reference: JsonValue | undefined, compiled: CompiledRegex): RegExp | string {
  if (typeof reference !== 'string') return 'the reference must be a pattern (a string)';
  let pattern = compiled.byReference.get(reference);
  if (pattern === undefined) {
    pattern = compilePattern(reference, compiled.flags);
    compiled.byReference.set(reference, pattern);
  }
  return pattern;
}

/** The output matches a regular expression. */
export const regexScorer = defineScorer({
  id: 'regex',
  summary: 'The output matches a regular expression (from the config, or each row’s reference).',
  strict: 'The pattern matches the raw output.',
  lenient:
    'The pattern matches the raw output, the output with fences, emphasis and answer prefix removed, or the fully folded output.',
  whenToUse:
    'Answers with several acceptable spellings (`^(?:refund|reimburse)`), or a shape (an order id, a date) that a pattern captures.',
  whenNotToUse:
    'A format every output must follow regardless of correctness (use the regex contract check); fixed answers (use exact or label).',
  requiresReference: true,
  // With one pattern for every row, rows need no reference.
  referenceRequired: (options) => options.pattern === undefined,
  params,
  compile(options): CompiledRegex {
    const flags = options.flags.replace(/[gy]/g, '');
    const flagProblem = compilePattern('', flags);
    if (typeof flagProblem === 'string') {
      throw configError(
        `invalid flags "${options.flags}": ${flagProblem}`,
        { field: 'flags' },
        'use d, i, m, s, u or v',
      );
    }
    let pattern: RegExp | undefined;
    if (options.pattern !== undefined) {
      const result = compilePattern(options.pattern, flags);
      if (typeof result === 'string') {
        throw configError(
          `invalid regular expression ${quote(options.pattern)}: ${result}`,
          { field: 'pattern' },
          'fix the pattern (JavaScript syntax; in YAML, single quotes keep backslashes as written)',
        );
      }
      pattern = result;
    }
    return { pattern, flags, byReference: new Map() };
  },
  checkReference(reference, compiled) {
    if (compiled.pattern !== undefined) return undefined;
    const pattern = referencePattern(reference, compiled);
    if (typeof pattern === 'string') {
      return {
        problem: `the reference is not a valid regular expression: ${pattern}`,
        hint: 'fix the pattern (JavaScript syntax), or set score.pattern to use one pattern for every row',
      };
    }
    return undefined;
  },
  score(output, reference, compiled, context) {
    const pattern = compiled.pattern ?? referencePattern(reference, compiled);
    if (typeof pattern === 'string') return wrongOutcome(pattern);
    if (pattern.test(output)) return correctOutcome;
    if (
      context.mode === 'lenient' &&
      (pattern.test(stripSurfaceNoise(output)) || pattern.test(lenientText(output)))
    ) {
      return correctOutcome;
    }
    return wrongOutcome(`${quote(output)} does not match /${pattern.source}/${pattern.flags}`);
  },
});
