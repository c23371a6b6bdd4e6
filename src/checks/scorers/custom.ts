import { z } from 'zod';
import { atField, configError, FixfirstError } from '../../core/errors.js';
import type { JsonValue } from '../../core/json.js';
import { defineScorer, type ScoreContext, type ScoreOutcome } from '../../core/scorer.js';
import { didYouMean } from '../../core/suggest.js';
import { quote } from './outcome.js';

const params = z.strictObject({
  module: z
    .string()
    .min(1)
    .describe('Path of your ES module, relative to the project folder (e.g. scorers/refund.mjs).'),
  export: z.string().min(1).default('default').describe('Name of the exported scoring function.'),
  requires_reference: z
    .boolean()
    .default(true)
    .describe('Whether every row needs a reference (false for reference-free checks of the output).'),
  threshold: z
    .number()
    .min(0)
    .max(1)
    .default(0.5)
    .describe('When the function returns a number, the item is correct at or above this score.'),
});

/** What a custom scoring function receives. */
export interface CustomScorerArguments {
  /** The recorded output, raw. In lenient mode, normalise it yourself as your task allows. */
  output: string;
  /** The row's reference (text or JSON); undefined when the row has none. */
  reference: JsonValue | undefined;
  /** The row's input as text. */
  input: string;
  /** `strict` or `lenient` (see DESIGN §2.1). */
  mode: ScoreContext['mode'];
  /** The row's id. */
  id: string | undefined;
}

/** What a custom scoring function returns (or resolves to). */
export type CustomScorerResult = boolean | number | { correct: boolean; score?: number; detail?: string };

type ScoringFunction = (argument: CustomScorerArguments) => unknown;

interface CompiledCustom {
  run: ScoringFunction;
  /** `scorers/refund.mjs#default`, for messages. */
  name: string;
  threshold: number;
}

function isUnitScore(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 1;
}

function fromResult(result: unknown, compiled: CompiledCustom, context: ScoreContext): ScoreOutcome {
  if (typeof result === 'boolean') return { correct: result, score: result ? 1 : 0 };
  if (isUnitScore(result)) return { correct: result >= compiled.threshold, score: result };
  if (
    typeof result === 'object' &&
    result !== null &&
    typeof (result as { correct?: unknown }).correct === 'boolean'
  ) {
    const { correct, score, detail } = result as { correct: boolean; score?: unknown; detail?: unknown };
    if ((score === undefined || isUnitScore(score)) && (detail === undefined || typeof detail === 'string')) {
      const outcome: ScoreOutcome = { correct, score: score ?? (correct ? 1 : 0) };
      if (detail !== undefined) outcome.detail = detail;
      return outcome;
    }
  }
  throw new FixfirstError(
    'INPUT_INVALID',
    `custom scorer ${compiled.name} returned ${quote(result, 80)} for item ${quote(context.itemId ?? '?')} (${context.mode} mode)`,
    {
      hint: 'return true/false, a number in [0, 1], or {correct: boolean, score?: number in [0, 1], detail?: string}',
    },
  );
}

function thrown(error: unknown, compiled: CompiledCustom, context: ScoreContext): FixfirstError {
  const reason = error instanceof Error ? error.message : String(error);
  return new FixfirstError(
    'INPUT_INVALID',
    `custom scorer ${compiled.name} threw on item ${quote(context.itemId ?? '?')} (${context.mode} mode): ${reason}`,
    {
      hint: 'fix the function (it receives {output, reference, input, mode, id}) or the item it fails on',
      cause: error,
    },
  );
}

/** The user's own scoring function, from an ES module in the project. */
export const customScorer = defineScorer({
  id: 'custom',
  summary:
    'Your own function from an ES module in the project decides (boolean, score, or {correct, score, detail}).',
  strict: 'Your function, called with mode "strict".',
  lenient: 'Your function, called with mode "lenient": it decides what surface noise to forgive.',
  whenToUse:
    'Task-specific correctness no built-in expresses (unit conversions, set equality, domain rules, calling a library).',
  whenNotToUse:
    'Anything a built-in covers (they are faster, documented and have both modes); model-graded judgments (judge, live mode).',
  requiresReference: true,
  referenceRequired: (options) => options.requires_reference,
  params,
  async compile(options, helpers): Promise<CompiledCustom> {
    let namespace: Record<string, unknown>;
    try {
      namespace = await helpers.importModule(options.module);
    } catch (error) {
      throw atField(error, 'module');
    }
    const name = `${options.module}#${options.export}`;
    const candidate = namespace[options.export];
    if (candidate === undefined) {
      const exported = Object.keys(namespace).sort();
      throw configError(
        `module "${options.module}" has no export "${options.export}".${didYouMean(options.export, exported)}`,
        { field: 'export' },
        exported.length === 0
          ? 'export the scoring function, e.g. `export default function score({output, reference}) { … }`'
          : `exports found: ${exported.join(', ')}; set score.export to one of them`,
      );
    }
    if (typeof candidate !== 'function') {
      throw configError(
        `export "${options.export}" of module "${options.module}" is a ${typeof candidate}, not a function`,
        { field: 'export' },
        'export a function taking {output, reference, input, mode, id}',
      );
    }
    return { run: candidate as ScoringFunction, name, threshold: options.threshold };
  },
  score(output, reference, compiled, context) {
    let result: unknown;
    try {
      result = compiled.run({
        output,
        reference,
        input: context.input,
        mode: context.mode,
        id: context.itemId,
      });
    } catch (error) {
      throw thrown(error, compiled, context);
    }
    if (typeof (result as { then?: unknown } | null)?.then === 'function') {
      return Promise.resolve(result).then(
        (value) => fromResult(value, compiled, context),
        (error: unknown) => {
          throw thrown(error, compiled, context);
        },
      );
    }
    return fromResult(result, compiled, context);
  },
});
