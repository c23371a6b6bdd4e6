import type { ProblemCollector, SourceLocation } from '../../core/errors.js';
import { readTextFile } from '../../loaders/read-text.js';
import type { PromptfooTest } from './promptfoo-test.js';
import type { WrittenTest } from './read-tests.js';
import { blankTest, collectReference } from './read-tests.js';
import { isFileReference, readYamlFile } from './source-files.js';

/**
 * Turns tests as written into tests as promptfoo runs them (prepareTestCaseForEval and
 * generateVarCombinations in src/evaluator.ts): defaultTest's vars, options and metadata under each
 * test's own, defaultTest's assertions first (unless `options.disableDefaultAsserts`), a var holding a
 * list of strings expanded into one test per value, `options.repeat` copies, and `file://` vars read.
 */

const binaryOrScript =
  /\.(js|cjs|mjs|ts|cts|mts|py|pdf|png|jpe?g|gif|webp|bmp|svg|tiff?|ico|avif|heic|heif|mp3|wav|ogg|flac|m4a|mp4|webm|mov|avi|mkv)$/i;

/** promptfoo's renderPrompt reads a `file://` var: YAML as JSON text, anything else as trimmed text. */
function readVarFile(
  reference: string,
  name: string,
  baseDir: string,
  location: SourceLocation,
  collector: ProblemCollector,
): string | undefined {
  const at = { ...location, field: `vars.${name}` };
  if (binaryOrScript.test(reference)) {
    collector.add({
      location: at,
      problem: `var "${name}" comes from "${reference}": fixfirst reads text, YAML and JSON var files, not scripts, images, audio or PDFs`,
      hint: 'import the results file of a promptfoo run instead: it holds the rendered prompts',
    });
    return undefined;
  }
  const file = collectReference(reference, baseDir, at, collector);
  if (file === undefined) return undefined;
  if (file.extension === '.yaml' || file.extension === '.yml')
    return JSON.stringify(readYamlFile(file).value);
  return readTextFile(file.absolute, file.shown).trim();
}

/** promptfoo's generateVarCombinations: a list of strings gives one test per value, in key order. */
function varCombinations(vars: Record<string, unknown>): Record<string, unknown>[] {
  let combinations: Record<string, unknown>[] = [{}];
  for (const [key, value] of Object.entries(vars)) {
    const values = Array.isArray(value) && typeof value[0] === 'string' ? value : [value];
    combinations = combinations.flatMap((combination) =>
      values.map((item) => ({ ...combination, [key]: item })),
    );
  }
  return combinations;
}

/** Tests as promptfoo runs them, numbered as its testIdx. */
export function mergeTests(
  written: readonly WrittenTest[],
  defaultTest: WrittenTest | undefined,
  baseDir: string,
  configLocation: SourceLocation,
  collector: ProblemCollector,
): PromptfooTest[] {
  // No tests written: one blank test, as promptfoo runs then.
  const sources: WrittenTest[] = written.length > 0 ? [...written] : [blankTest(configLocation)];
  const tests: PromptfooTest[] = [];
  for (const test of sources) {
    const options = { ...defaultTest?.options, ...test.options };
    const vars: Record<string, unknown> = { ...defaultTest?.vars, ...test.vars };
    for (const [name, value] of Object.entries(vars)) {
      if (isFileReference(value)) vars[name] = readVarFile(value, name, baseDir, test.location, collector);
    }
    const assertions = [
      ...(options.disableDefaultAsserts === true ? [] : (defaultTest?.assert ?? [])),
      ...test.assert,
    ];
    const repeat = typeof options.repeat === 'number' && options.repeat > 1 ? Math.floor(options.repeat) : 1;
    const combinations = options.disableVarExpansion === true ? [vars] : varCombinations(vars);
    for (let copy = 0; copy < repeat; copy++) {
      for (const combination of combinations) {
        tests.push({
          index: tests.length,
          description: test.description,
          vars: combination,
          assertions,
          providerOutput: test.providerOutput,
          metadata: { ...defaultTest?.metadata, ...test.metadata },
          threshold: test.threshold ?? defaultTest?.threshold,
          prefix: typeof options.prefix === 'string' ? options.prefix : '',
          suffix: typeof options.suffix === 'string' ? options.suffix : '',
          outputTransform: options.transform !== undefined || options.postprocess !== undefined,
          location: test.location,
          recorded: undefined,
        });
      }
    }
  }
  return tests;
}
