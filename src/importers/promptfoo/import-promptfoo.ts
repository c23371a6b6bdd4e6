import { FixfirstError, ProblemCollector, type SourceLocation } from '../../core/errors.js';
import { placeAssertionModule } from './assertion-module.js';
import { javascriptAdapter, javascriptAdapterFile } from './javascript-adapter.js';
import { type MappedModel, mapProvider, supportedProviderForms } from './map-provider.js';
import { type ImportPlan, type PlanOptions, planImport } from './plan-import.js';
import { type ImportedTest, renderEvalRows, renderProjectConfig } from './project-files.js';
import type { PromptfooProvider } from './promptfoo-test.js';
import { type PromptfooSuite, readPromptfooConfig } from './read-config.js';
import { type PromptfooRun, readPromptfooResults } from './read-results.js';
import { type CompiledPrompt, compilePrompt, inputFromRendered, renderPrompt } from './render-prompt.js';
import { supportedFilters } from './render-template.js';
import type { ReferencedFile } from './source-files.js';

/**
 * `fixfirst import promptfoo`: reads a promptfoo config and/or results file, picks the prompt and
 * provider, turns every test into an eval item and every assertion into a scorer reference, a
 * contract check or a label, and returns the project's files. Reads files, writes none: the CLI
 * writes them once everything here has passed.
 */

/** What to import and how. */
export interface ImportRequest {
  config?: ReferencedFile | undefined;
  results?: ReferencedFile | undefined;
  /** The results file's parsed JSON, when the caller has read it already (it is read once). */
  resultsValue?: unknown;
  /** Absolute folder the project will live in (the JavaScript adapter imports relative to it). */
  outDir: string;
  /** `--prompt`: 1-based number or a piece of the label. */
  prompt: string | undefined;
  /** `--provider`: id or label. */
  provider: string | undefined;
  /** `--model`: a fixfirst model id, or `none`. */
  model: string | undefined;
  plan: PlanOptions;
}

/** A test left out, and why. */
export interface SkippedTest {
  index: number;
  reason: string;
}

/** Everything the import log reports. */
export interface ImportSummary {
  config: string | undefined;
  results: string | undefined;
  promptfooVersion: string | undefined;
  evalId: string | undefined;
  timestamp: string | undefined;
  prompt: { number: number; count: number; label: string; template: string };
  provider: {
    id: string | undefined;
    count: number;
    model: MappedModel | undefined;
    modelFrom: 'provider' | 'flag' | 'none';
  };
  /** Where the outputs came from. */
  outputs: 'results' | 'providerOutput' | 'none';
  testCount: number;
  withOutput: number;
  skipped: SkippedTest[];
  plan: ImportPlan;
  notes: string[];
}

/** The import, ready to write. */
export interface ImportedProject {
  /** File name → content (eval.jsonl, fixfirst.yaml, maybe the JavaScript adapter). */
  files: Record<string, string>;
  tests: ImportedTest[];
  summary: ImportSummary;
}

function usage(problem: string, hint: string): FixfirstError {
  return new FixfirstError('USAGE', problem, { hint });
}

/** Picks one of several things by `--flag` value (1-based number, or id/label), or says how to. */
function pick<T>(
  items: readonly T[],
  wanted: string | undefined,
  describe: (item: T) => string,
  matches: (item: T, wanted: string) => boolean,
  flag: string,
  what: string,
): number {
  const list = items.map((item, index) => `  ${index + 1}. ${describe(item)}`).join('\n');
  if (wanted === undefined) {
    if (items.length === 1) return 0;
    throw usage(
      `the run has ${items.length} ${what}s; fixfirst imports one\n${list}`,
      `choose one with ${flag} <number>`,
    );
  }
  const number = Number(wanted);
  if (Number.isInteger(number) && number >= 1 && number <= items.length) return number - 1;
  const found = items.findIndex((item) => matches(item, wanted));
  if (found === -1)
    throw usage(`${flag} ${wanted} matches no ${what}\n${list}`, `use a number from 1 to ${items.length}`);
  return found;
}

function shorten(text: string, length = 70): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat;
}

function chooseModel(
  providerId: string | undefined,
  providers: readonly PromptfooProvider[],
  request: ImportRequest,
  location: SourceLocation,
): { model: MappedModel | undefined; from: ImportSummary['provider']['modelFrom'] } {
  if (request.model !== undefined) {
    if (request.model === 'none') return { model: undefined, from: 'none' };
    if (!/^[\w.-]+:.+/.test(request.model)) {
      throw usage(
        `--model "${request.model}" should be provider:model`,
        'e.g. --model openai:gpt-4o-mini, or --model none',
      );
    }
    return { model: { model: request.model, live: {}, note: 'set with --model' }, from: 'flag' };
  }
  if (providerId === undefined) return { model: undefined, from: 'none' };
  const entry = providers.find((provider) => provider.id === providerId);
  const mapped = mapProvider(providerId, entry?.config ?? {});
  if ('problem' in mapped) {
    throw new FixfirstError(
      'INPUT_INVALID',
      `cannot map provider "${providerId}" to a fixfirst model: ${mapped.problem}`,
      {
        location: entry?.location ?? location,
        hint: `fixfirst maps ${supportedProviderForms.join(', ')}; or pass --model provider:model (e.g. --model openai:gpt-4o-mini), or --model none to import without a model`,
      },
    );
  }
  return { model: mapped, from: mapped.model === undefined ? 'none' : 'provider' };
}

/** Tests and rendered inputs from a results file (the rendered prompt and output as recorded). */
function fromResults(run: PromptfooRun, request: ImportRequest) {
  const providerIds = [...new Set(run.results.map((result) => result.providerId))];
  const providerIndex = pick(
    providerIds,
    request.provider,
    (id) => id,
    (id, wanted) =>
      id === wanted ||
      run.results.some((result) => result.providerId === id && result.providerLabel === wanted),
    '--provider',
    'provider',
  );
  const providerId = providerIds[providerIndex]!;
  const promptIndexes = [...new Set(run.results.map((result) => result.promptIndex))].sort((a, b) => a - b);
  const promptLabel = (index: number) => run.prompts[index]?.label ?? `prompt ${index + 1}`;
  const chosen = pick(
    promptIndexes,
    request.prompt,
    (index) => shorten(promptLabel(index)),
    (index, wanted) => promptLabel(index).includes(wanted),
    '--prompt',
    'prompt',
  );
  const promptIndex = promptIndexes[chosen]!;
  const results = run.results
    .filter((result) => result.providerId === providerId && result.promptIndex === promptIndex)
    .sort((left, right) => left.test.index - right.test.index);
  const imported: ImportedTest[] = [];
  const skipped: SkippedTest[] = [];
  for (const { test } of results) {
    const recorded = test.recorded!;
    if (recorded.output === undefined) {
      skipped.push({
        index: test.index,
        reason: `no output: ${shorten(recorded.error ?? 'promptfoo recorded none', 100)}`,
      });
      continue;
    }
    imported.push({ test, input: inputFromRendered(recorded.renderedPrompt), output: recorded.output });
  }
  return {
    imported,
    skipped,
    notes: [] as string[],
    providerId,
    providerCount: providerIds.length,
    prompt: {
      number: chosen + 1,
      count: promptIndexes.length,
      label: promptLabel(promptIndex),
      template: run.prompts[promptIndex]?.template ?? '',
    },
  };
}

/** Tests and rendered inputs from a config alone (prompts rendered here; outputs from providerOutput). */
function fromConfig(suite: PromptfooSuite, request: ImportRequest) {
  const providerIndex =
    suite.providers.length === 0
      ? -1
      : pick(
          suite.providers,
          request.provider,
          (provider) => provider.label ?? provider.id,
          (provider, wanted) => provider.id === wanted || provider.label === wanted,
          '--provider',
          'provider',
        );
  const chosen = pick(
    suite.prompts,
    request.prompt,
    (prompt) => shorten(prompt.label),
    (prompt, wanted) => prompt.label.includes(wanted),
    '--prompt',
    'prompt',
  );
  const prompt = suite.prompts[chosen]!;
  const collector = new ProblemCollector('INPUT_INVALID');
  const compiled = new Map<string, CompiledPrompt>();
  const imported: ImportedTest[] = [];
  for (const test of suite.tests) {
    const template = `${test.prefix}${prompt.template}${test.suffix}`;
    let prepared = compiled.get(template);
    if (prepared === undefined) {
      const result = compilePrompt(template);
      if ('problem' in result) {
        throw new FixfirstError(
          'INPUT_INVALID',
          `cannot render prompt ${chosen + 1} ("${shorten(prompt.label, 50)}"): ${result.problem}`,
          {
            location: prompt.location,
            hint: `fixfirst renders {{ variables }}, {{ var.field }} and the filters ${supportedFilters.join(', ')}; for anything else import the results file of a promptfoo run (promptfoo eval -o results.json), which holds the rendered prompts`,
          },
        );
      }
      prepared = result;
      compiled.set(template, prepared);
    }
    const input = renderPrompt(prepared, test.vars);
    if (typeof input === 'object' && 'problem' in input) {
      collector.add({
        location: test.location,
        problem: `cannot render the prompt for this test: ${input.problem}`,
      });
      continue;
    }
    if (test.outputTransform && test.providerOutput !== undefined) {
      collector.add({
        location: test.location,
        problem:
          'options.transform changes the output before promptfoo checks it, and fixfirst cannot run it',
        hint: 'import the results file of a promptfoo run instead: it records the transformed outputs',
      });
      continue;
    }
    imported.push({ test, input, output: test.providerOutput });
  }
  collector.throwIfAny();
  return {
    imported,
    skipped: [] as SkippedTest[],
    notes: [] as string[],
    providerId: providerIndex === -1 ? undefined : suite.providers[providerIndex]!.id,
    providerCount: suite.providers.length,
    prompt: {
      number: chosen + 1,
      count: suite.prompts.length,
      label: prompt.label,
      template: prompt.template,
    },
  };
}

/** Reads, checks and maps everything; returns the project's files and what the log reports. */
export function importPromptfoo(request: ImportRequest): ImportedProject {
  if (request.config === undefined && request.results === undefined) {
    throw usage(
      'nothing to import',
      'pass promptfooconfig.yaml and/or the results file of `promptfoo eval -o results.json`',
    );
  }
  const suite =
    request.config === undefined
      ? undefined
      : readPromptfooConfig(request.config, request.results !== undefined);
  const run =
    request.results === undefined ? undefined : readPromptfooResults(request.results, request.resultsValue);
  const picked = run !== undefined ? fromResults(run, request) : fromConfig(suite!, request);
  const baseDir = suite?.dir ?? run!.dir;
  const providers = suite?.providers ?? run?.providers ?? [];
  const fileLocation = { file: suite?.file ?? run!.file };
  const { model, from } = chooseModel(picked.providerId, providers, request, fileLocation);

  const tests = picked.imported.map((imported) => imported.test);
  if (tests.length === 0) {
    throw new FixfirstError('INPUT_INVALID', 'no test could be imported', {
      location: fileLocation,
      hint:
        picked.skipped.length > 0
          ? `every result errored (first: ${picked.skipped[0]!.reason})`
          : 'add tests to the config',
    });
  }
  const collector = new ProblemCollector('INPUT_INVALID');
  const plan = planImport(tests, baseDir, request.plan, collector);
  collector.throwIfAny();

  const files: Record<string, string> = {
    'eval.jsonl': renderEvalRows(picked.imported, plan),
    'fixfirst.yaml': renderProjectConfig(
      plan,
      {
        config: suite?.file,
        results: run?.file,
        promptfooVersion: run?.promptfooVersion,
        evalId: run?.evalId,
        description: suite?.description ?? run?.description,
        template: picked.prompt.template,
        providerId: picked.providerId,
      },
      model,
      tests.length,
    ),
  };
  const notes = [...picked.notes, ...plan.notes];
  if (plan.javascript !== undefined) {
    const placed = placeAssertionModule(plan.javascript.file, request.outDir);
    Object.assign(files, placed.files);
    files[javascriptAdapterFile] = javascriptAdapter(
      placed.path,
      plan.javascript.functionName,
      placed.fallback,
    );
    notes.push(placed.note);
  }
  const withOutput = picked.imported.filter((imported) => imported.output !== undefined).length;
  const summary: ImportSummary = {
    config: suite?.file,
    results: run?.file,
    promptfooVersion: run?.promptfooVersion,
    evalId: run?.evalId,
    timestamp: run?.timestamp,
    prompt: picked.prompt,
    provider: { id: picked.providerId, count: picked.providerCount, model, modelFrom: from },
    outputs: run !== undefined ? 'results' : withOutput > 0 ? 'providerOutput' : 'none',
    testCount: tests.length,
    withOutput,
    skipped: picked.skipped,
    plan,
    notes,
  };
  return { files, tests: picked.imported, summary };
}
