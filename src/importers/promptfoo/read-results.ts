import { dirname } from 'node:path';
import { z } from 'zod';
import { zodProblems } from '../../checks/zod-problems.js';
import { FixfirstError, ProblemCollector } from '../../core/errors.js';
import { readTextFile } from '../../loaders/read-text.js';
import type { PromptfooAssertion, PromptfooProvider, PromptfooTest, RecordedRun } from './promptfoo-test.js';
import { readProviders } from './read-prompts.js';
import { outputText } from './read-tests.js';
import type { ReferencedFile } from './source-files.js';

/**
 * A promptfoo results file (`promptfoo eval -o results.json`, format version 3, written by promptfoo
 * 0.40 and later up to 0.121.20): one result per test × prompt × provider, each with the test as it
 * ran (vars, assertions with defaultTest's merged in), the rendered prompt, the output and every
 * assertion's pass. Validated field by field; a problem names the file and the key.
 */

/** The results-file format versions fixfirst reads. */
export const supportedResultsVersions = [3] as const;

/** One result of the file, as a test with what promptfoo recorded. */
export interface PromptfooResult {
  promptIndex: number;
  providerId: string;
  providerLabel: string | undefined;
  test: PromptfooTest;
}

/** A results file, read. */
export interface PromptfooRun {
  file: string;
  dir: string;
  version: number;
  promptfooVersion: string | undefined;
  evalId: string | undefined;
  timestamp: string | undefined;
  description: string | undefined;
  /** The prompts of the run, by promptIdx. */
  prompts: { template: string; label: string }[];
  /** Providers with their options, from the config recorded in the file. */
  providers: PromptfooProvider[];
  results: PromptfooResult[];
}

// Plain objects (unknown keys dropped, not copied): a result carries far more than fixfirst reads.
const record = z.record(z.string(), z.unknown());
const assertionSchema = z.looseObject({ type: z.string() });
const componentSchema = z.object({
  pass: z.boolean(),
  assertion: z.object({ type: z.string() }).nullish(),
  metadata: z.object({ renderedAssertionValue: z.unknown().optional() }).nullish(),
  componentResults: z.array(z.unknown()).nullish(),
});
const resultSchema = z.object({
  testIdx: z.number().int().min(0),
  promptIdx: z.number().int().min(0),
  prompt: z.object({ raw: z.string(), label: z.string().nullish() }),
  provider: z.object({ id: z.string(), label: z.string().nullish() }),
  response: z.object({ output: z.unknown().optional() }).nullish(),
  success: z.boolean(),
  error: z.string().nullish(),
  failureReason: z.number().nullish(),
  vars: record.nullish(),
  gradingResult: z
    .object({ pass: z.boolean(), componentResults: z.array(componentSchema).nullish() })
    .nullish(),
  testCase: z.object({
    description: z.string().nullish(),
    vars: record.nullish(),
    assert: z.array(assertionSchema).nullish(),
    metadata: record.nullish(),
    threshold: z.number().nullish(),
    options: record.nullish(),
  }),
});
type RawResult = z.infer<typeof resultSchema>;
type Component = z.infer<typeof componentSchema>;

/** promptfoo's failureReason for a result that errored (ResultFailureReason.ERROR). */
const errorFailure = 2;

/**
 * Matches promptfoo's flattened componentResults to the test's assertions: one result per
 * assertion, followed by the results nested in it (an assert-set's); select-best and max-score
 * leave no result. Undefined passes when the shapes do not line up.
 */
function alignComponents(
  assertions: readonly PromptfooAssertion[],
  components: readonly Component[] | null | undefined,
): { passes: (boolean | undefined)[]; renderedValues: (string | undefined)[] } {
  const passes: (boolean | undefined)[] = assertions.map(() => undefined);
  const renderedValues: (string | undefined)[] = assertions.map(() => undefined);
  if (components === null || components === undefined) return { passes, renderedValues };
  let cursor = 0;
  for (const [index, assertion] of assertions.entries()) {
    if (assertion.type.startsWith('select-') || assertion.type === 'max-score') continue;
    const component = components[cursor];
    if (
      component === undefined ||
      (component.assertion != null && component.assertion.type !== assertion.type)
    ) {
      return { passes: assertions.map(() => undefined), renderedValues };
    }
    passes[index] = component.pass;
    const rendered = component.metadata?.renderedAssertionValue;
    if (typeof rendered === 'string') renderedValues[index] = rendered;
    cursor += 1 + (component.componentResults?.length ?? 0);
  }
  return { passes, renderedValues };
}

function toResult(raw: RawResult, location: { file: string; field: string }): PromptfooResult {
  const testCase = raw.testCase;
  const assertions = (testCase.assert ?? []) as PromptfooAssertion[];
  const errored = raw.failureReason === errorFailure || (raw.gradingResult == null && raw.error != null);
  const aligned = errored
    ? { passes: assertions.map(() => undefined), renderedValues: assertions.map(() => undefined) }
    : alignComponents(assertions, raw.gradingResult?.componentResults);
  const recorded: RecordedRun = {
    renderedPrompt: raw.prompt.raw,
    output: raw.response == null ? undefined : outputText(raw.response.output),
    success: raw.success,
    // promptfoo also fills `error` with the failure reason of a test that merely failed an assertion.
    error: errored ? (raw.error ?? 'error') : undefined,
    passes: aligned.passes,
    renderedValues: aligned.renderedValues,
  };
  const description = testCase.description ?? undefined;
  const options = testCase.options ?? {};
  return {
    promptIndex: raw.promptIdx,
    providerId: raw.provider.id,
    providerLabel: raw.provider.label || undefined,
    test: {
      index: raw.testIdx,
      description: description === undefined || /^Row #\d+$/.test(description) ? undefined : description,
      vars: raw.vars ?? testCase.vars ?? {},
      assertions,
      providerOutput: undefined,
      metadata: testCase.metadata ?? {},
      threshold: testCase.threshold ?? undefined,
      prefix: typeof options.prefix === 'string' ? options.prefix : '',
      suffix: typeof options.suffix === 'string' ? options.suffix : '',
      outputTransform: false,
      location,
      recorded,
    },
  };
}

function shapeError(file: string, field: string, problem: string): FixfirstError {
  return new FixfirstError('INPUT_INVALID', problem, {
    location: { file, field },
    hint: 'pass the file written by `promptfoo eval -o results.json` (promptfoo 0.40 to 0.121), unchanged',
  });
}

/** Reads and parses a JSON file (a results file, or a config written as JSON). */
export function readJsonFile(file: ReferencedFile): unknown {
  const text = readTextFile(file.absolute, file.shown);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new FixfirstError('INPUT_INVALID', `not valid JSON (${(error as Error).message})`, {
      location: { file: file.shown },
      hint: 'pass promptfooconfig.yaml or the file written by `promptfoo eval -o results.json`',
    });
  }
}

/** Validates a results file; `value` is its parsed JSON when the caller has read it already. */
export function readPromptfooResults(
  file: ReferencedFile,
  value: unknown = readJsonFile(file),
): PromptfooRun {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw shapeError(file.shown, '(top level)', 'expected a JSON object with "results"');
  }
  const top = value as Record<string, unknown>;
  const body = top.results;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw shapeError(
      file.shown,
      'results',
      'missing "results" (an object with version, prompts and results)',
    );
  }
  const { version, results, prompts, timestamp } = body as Record<string, unknown>;
  if (!(supportedResultsVersions as readonly unknown[]).includes(version)) {
    throw new FixfirstError(
      'INPUT_INVALID',
      `unsupported results version ${JSON.stringify(version)}; fixfirst reads version ${supportedResultsVersions.join(', ')}`,
      {
        location: { file: file.shown, field: 'results.version' },
        hint: 'write the results again with promptfoo 0.40 or later (`promptfoo eval -o results.json`)',
      },
    );
  }
  if (!Array.isArray(results)) throw shapeError(file.shown, 'results.results', 'expected a list of results');
  const collector = new ProblemCollector('INPUT_INVALID');
  const parsed: PromptfooResult[] = [];
  results.forEach((entry, index) => {
    const field = `results.results[${index}]`;
    const checked = resultSchema.safeParse(entry);
    if (!checked.success) {
      const [first] = zodProblems(checked.error, { file: file.shown }, field, {
        input: entry,
        schema: resultSchema,
      });
      collector.add({
        location: first!.location,
        problem: first!.problem,
        hint: 'is this file from `promptfoo eval -o results.json`? fixfirst reads its version 3 shape',
      });
      return;
    }
    parsed.push(toResult(checked.data, { file: file.shown, field }));
  });
  collector.throwIfAny();
  if (parsed.length === 0)
    throw shapeError(file.shown, 'results.results', 'the results file holds no results');
  const promptList = Array.isArray(prompts) ? prompts : [];
  const config =
    typeof top.config === 'object' && top.config !== null ? (top.config as Record<string, unknown>) : {};
  const metadata =
    typeof top.metadata === 'object' && top.metadata !== null
      ? (top.metadata as Record<string, unknown>)
      : {};
  const source = { file: file.shown, lineOf: () => undefined };
  return {
    file: file.shown,
    dir: dirname(file.absolute),
    version: version as number,
    promptfooVersion: typeof metadata.promptfooVersion === 'string' ? metadata.promptfooVersion : undefined,
    evalId: typeof top.evalId === 'string' ? top.evalId : undefined,
    timestamp: typeof timestamp === 'string' ? timestamp : undefined,
    description: typeof config.description === 'string' ? config.description : undefined,
    prompts: promptList.map((prompt) => {
      const entry = (typeof prompt === 'object' && prompt !== null ? prompt : {}) as Record<string, unknown>;
      const template = typeof entry.raw === 'string' ? entry.raw : '';
      return { template, label: typeof entry.label === 'string' ? entry.label : template };
    }),
    providers: readProviders(config.providers ?? config.targets, source, 'config.providers'),
    results: parsed,
  };
}
