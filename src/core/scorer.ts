import type { z } from 'zod';
import type { CompileHelpers } from './check.js';
import type { JsonValue } from './json.js';

/** How strictly to compare (DESIGN §2.1). */
export type ScoreMode = 'strict' | 'lenient';

/** The result of scoring one output against its reference. */
export interface ScoreOutcome {
  /** Counted as correct. */
  correct: boolean;
  /** Graded score in [0, 1] when the scorer has one (token-F1); else 1 or 0. */
  score: number;
  /** Why, for humans: `category: expected "billing", got "Billing"`. */
  detail?: string;
}

/** What a scorer may read besides output and reference. */
export interface ScoreContext {
  mode: ScoreMode;
  /** The item's input as text. */
  input: string;
  /** The item's id, so an error raised while scoring (a custom scorer that throws) can name the item. */
  itemId?: string;
}

/** Why a reference cannot be used by a scorer (reported with the row's file and line at load time). */
export interface ReferenceProblem {
  problem: string;
  /** How to fix it. */
  hint?: string;
}

/**
 * A correctness scorer. One scorer = one file in src/checks/scorers/, one colocated test, one line
 * in src/checks/scorers/index.ts. Each scorer implements both modes: `strict` compares the raw output;
 * `lenient` first removes surface noise with the shared normalisers in src/checks/normalize/.
 */
export interface Scorer<Params = unknown, Compiled = Params> {
  /** Id used in fixfirst.yaml (`score: {type: json-fields}`). Equals the file name. */
  readonly id: string;
  /** What it compares, one sentence. */
  readonly summary: string;
  /** What strict mode accepts, one sentence. */
  readonly strict: string;
  /** What lenient mode forgives on top of strict, one sentence. */
  readonly lenient: string;
  /** When to use it. */
  readonly whenToUse: string;
  /** When not to use it (and what to use instead). */
  readonly whenNotToUse: string;
  /** True when every row needs a `reference` (false only for `none` and custom scorers that say so). */
  readonly requiresReference: boolean;
  /** Validates the parameters written next to `type:`. Must be a zod object schema that rejects unknown keys. */
  readonly params: z.ZodType<Params>;
  /** Overrides `requiresReference` once the parameters are known (a custom scorer declares it in its parameters). */
  referenceRequired?(params: Params): boolean;
  /** Turns validated parameters into a ready-to-run form (compiled regexes, paths, a user's module). May throw FixfirstError. */
  compile?(params: Params, helpers: CompileHelpers): Compiled | Promise<Compiled>;
  /**
   * Checks one row's reference before anything is scored, so a reference the scorer cannot use (not
   * JSON, not a number, an invalid pattern) is reported with its file and line instead of being
   * counted as a wrong answer. Undefined means every reference is usable.
   */
  checkReference?(reference: JsonValue, compiled: Compiled): ReferenceProblem | undefined;
  /** Scores one output. Pure, except custom scorers, which run user code (and may be async). */
  score(
    output: string,
    reference: JsonValue | undefined,
    compiled: Compiled,
    context: ScoreContext,
  ): ScoreOutcome | Promise<ScoreOutcome>;
}

// biome-ignore lint/suspicious/noExplicitAny: registry entries are heterogeneous; defineScorer keeps each typed.
export type AnyScorer = Scorer<any, any>;

/** Identity helper that keeps a scorer's parameter types. */
export function defineScorer<Params, Compiled = Params>(
  scorer: Scorer<Params, Compiled>,
): Scorer<Params, Compiled> {
  return scorer;
}
