import { type ResolvedScorer, resolveScorer } from '../checks/resolve.js';
import type { CompileHelpers } from '../core/check.js';
import { FixfirstError } from '../core/errors.js';
import type { JsonValue } from '../core/json.js';
import type { ScoreOutcome } from '../core/scorer.js';

/** Helpers for scorers that need no files. */
export const noFileHelpers: CompileHelpers = {
  readJsonFile: () => {
    throw new Error('no files in this test');
  },
  importModule: async () => {
    throw new Error('no modules in this test');
  },
};

/** Resolves a `score:` spec as fixfirst.yaml would, at a made-up config location. */
export function scorerFor(
  spec: { type: string; [key: string]: unknown },
  helpers: CompileHelpers = noFileHelpers,
): Promise<ResolvedScorer> {
  return resolveScorer(spec, { file: 'fixfirst.yaml', line: 7 }, helpers);
}

/** Both modes of one output, as evaluate-items calls them. */
export interface BothModes {
  strict: ScoreOutcome;
  lenient: ScoreOutcome;
}

/** Scores one output strictly and leniently. */
export async function scoreBoth(
  scorer: ResolvedScorer,
  output: string,
  reference: JsonValue | undefined,
  itemId = 'item-1',
): Promise<BothModes> {
  const strict = await scorer.score(output, reference, { mode: 'strict', input: 'the input', itemId });
  const lenient = await scorer.score(output, reference, { mode: 'lenient', input: 'the input', itemId });
  return { strict, lenient };
}

/** `[strict correct, lenient correct]`, the shape most expectations need. */
export async function verdicts(
  scorer: ResolvedScorer,
  output: string,
  reference: JsonValue | undefined,
): Promise<[boolean, boolean]> {
  const { strict, lenient } = await scoreBoth(scorer, output, reference);
  return [strict.correct, lenient.correct];
}

/** The FixfirstError a promise rejects with (fails the test when it resolves or throws something else). */
export async function rejection(promise: Promise<unknown>): Promise<FixfirstError> {
  try {
    await promise;
  } catch (error) {
    if (FixfirstError.isInstance(error)) return error;
    throw error;
  }
  throw new Error('expected a FixfirstError, but the call succeeded');
}
