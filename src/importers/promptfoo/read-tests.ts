import { FixfirstError, type ProblemCollector, type SourceLocation } from '../../core/errors.js';
import { csvTable } from '../../loaders/csv.js';
import { nonBlankLines, readTextFile } from '../../loaders/read-text.js';
import { promptfooBaseTypes } from './assertion-rules.js';
import { testFromCsvRow } from './csv-tests.js';
import type { PromptfooAssertion } from './promptfoo-test.js';
import { isFileReference, type ReferencedFile, readYamlFile, resolveReference } from './source-files.js';

/**
 * The `tests:` of a promptfoo config as written, before defaultTest is merged: inline tests, and
 * tests from CSV, YAML, JSON and JSONL files named with `file://` (promptfoo's readTests). Test
 * generators (JavaScript, Python, spreadsheets, Hugging Face, globs) are refused by name.
 */

/** A test as written, with where. */
export interface WrittenTest {
  description: string | undefined;
  vars: Record<string, unknown>;
  assert: PromptfooAssertion[];
  providerOutput: string | undefined;
  metadata: Record<string, unknown>;
  threshold: number | undefined;
  options: Record<string, unknown>;
  location: SourceLocation;
}

/** A test with nothing written in it (no vars, no assertions), at `location`. */
export function blankTest(location: SourceLocation): WrittenTest {
  return {
    description: undefined,
    vars: {},
    assert: [],
    providerOutput: undefined,
    metadata: {},
    threshold: undefined,
    options: {},
    location,
  };
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A recorded output as text: promptfoo coerces non-strings with JSON.stringify; an empty one means none. */
export function outputText(value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Reads one test object (inline, or from a YAML/JSON/JSONL file). */
export function readTestObject(
  value: unknown,
  location: SourceLocation,
  collector: ProblemCollector,
): WrittenTest | undefined {
  const problem = (field: string, text: string, hint?: string) =>
    collector.add({
      location: { ...location, field: location.field ? `${location.field}.${field}` : field },
      problem: text,
      hint,
    });
  if (!isObject(value)) {
    collector.add({ location, problem: 'a test must be a mapping (vars, assert, …)' });
    return undefined;
  }
  const before = collector.size;
  if (value.vars !== undefined && !isObject(value.vars)) {
    problem(
      'vars',
      'vars read from files are not supported',
      'write the vars inline, or use a CSV tests file',
    );
  }
  const assert: PromptfooAssertion[] = [];
  if (value.assert !== undefined) {
    if (!Array.isArray(value.assert)) problem('assert', 'assert must be a list of assertions');
    else
      value.assert.forEach((entry, index) => {
        if (!isObject(entry) || typeof entry.type !== 'string') {
          problem(
            `assert[${index}]`,
            'an assertion needs a type',
            'write e.g. {type: icontains, value: paris}',
          );
        } else assert.push(entry as PromptfooAssertion);
      });
  }
  if (value.description !== undefined && typeof value.description !== 'string') {
    problem('description', 'description must be text');
  }
  if (value.metadata !== undefined && !isObject(value.metadata))
    problem('metadata', 'metadata must be a mapping');
  if (value.threshold !== undefined && typeof value.threshold !== 'number')
    problem('threshold', 'threshold must be a number');
  if (value.options !== undefined && !isObject(value.options))
    problem('options', 'options must be a mapping');
  if (collector.size > before) return undefined;
  const description = value.description as string | undefined;
  return {
    // promptfoo names file rows "Row #n" when they have no description; that says nothing.
    description: description === undefined || /^Row #\d+$/.test(description) ? undefined : description,
    vars: (value.vars as Record<string, unknown> | undefined) ?? {},
    assert,
    providerOutput: outputText(value.providerOutput),
    metadata: (value.metadata as Record<string, unknown> | undefined) ?? {},
    threshold: value.threshold as number | undefined,
    options: (value.options as Record<string, unknown> | undefined) ?? {},
    location,
  };
}

function readCsvTests(file: ReferencedFile, collector: ProblemCollector): WrittenTest[] {
  const text = readTextFile(file.absolute, file.shown);
  const tests: WrittenTest[] = [];
  for (const { line, columns, fields } of csvTable(text, file.shown, collector)) {
    const location = { file: file.shown, line };
    const row = Object.fromEntries(columns.map((column, index) => [column, fields[index]!]));
    const test = testFromCsvRow(row, promptfooBaseTypes);
    if ('problem' in test) {
      collector.add({ location: { ...location, field: test.column }, problem: test.problem });
      continue;
    }
    tests.push({
      ...test,
      options: {
        ...(test.prefix === undefined ? {} : { prefix: test.prefix }),
        ...(test.suffix === undefined ? {} : { suffix: test.suffix }),
      },
      location,
    });
  }
  return tests;
}

function readStructuredTests(file: ReferencedFile, collector: ProblemCollector): WrittenTest[] {
  if (file.extension === '.jsonl') {
    const tests: WrittenTest[] = [];
    for (const [line, content] of nonBlankLines(readTextFile(file.absolute, file.shown))) {
      let value: unknown;
      try {
        value = JSON.parse(content);
      } catch (error) {
        collector.add({
          location: { file: file.shown, line },
          problem: `not valid JSON (${(error as Error).message})`,
        });
        continue;
      }
      const test = readTestObject(value, { file: file.shown, line }, collector);
      if (test !== undefined) tests.push(test);
    }
    return tests;
  }
  const source = readYamlFile(file);
  const list = Array.isArray(source.value) ? source.value : source.value === null ? [] : [source.value];
  return list.flatMap((value, index) => {
    const test = readTestObject(value, { file: file.shown, line: source.lineOf([index]) }, collector);
    return test === undefined ? [] : [test];
  });
}

/** Resolves a reference, collecting a missing file as a problem so every one is reported at once. */
export function collectReference(
  reference: string,
  baseDir: string,
  from: SourceLocation,
  collector: ProblemCollector,
): ReferencedFile | undefined {
  try {
    return resolveReference(reference, baseDir, from);
  } catch (error) {
    if (!FixfirstError.isInstance(error)) throw error;
    collector.add({ location: error.location, problem: error.message, hint: error.hint });
    return undefined;
  }
}

/** Reads a tests file by its extension, or refuses a kind fixfirst cannot read. */
function readTestsFile(
  reference: string,
  baseDir: string,
  from: SourceLocation,
  collector: ProblemCollector,
): WrittenTest[] {
  if (/^(https?|huggingface|az):\/\//.test(reference)) {
    collector.add({
      location: from,
      problem: `tests from "${reference}" are not supported (fixfirst reads local CSV, YAML, JSON and JSONL files)`,
      hint: 'download the tests into a local file and name that file',
    });
    return [];
  }
  const file = collectReference(reference, baseDir, from, collector);
  if (file === undefined) return [];
  if (file.extension === '.csv') return readCsvTests(file, collector);
  if (['.yaml', '.yml', '.json', '.jsonl'].includes(file.extension))
    return readStructuredTests(file, collector);
  collector.add({
    location: from,
    problem: `tests from "${reference}" are not supported: fixfirst reads .csv, .yaml, .yml, .json and .jsonl tests, not generated ones`,
    hint: 'run promptfoo eval -o results.json and import the results file instead: it holds every generated test',
  });
  return [];
}

/** Reads `tests:` (a file reference, a list of tests and file references, or `{path}`) into tests as written. */
export function readTests(
  tests: unknown,
  baseDir: string,
  config: { file: string; lineOf(path: readonly (string | number)[]): number | undefined },
  collector: ProblemCollector,
): WrittenTest[] {
  if (tests === undefined || tests === null) return [];
  const location = { file: config.file, line: config.lineOf(['tests']), field: 'tests' };
  if (typeof tests === 'string') return readTestsFile(tests, baseDir, location, collector);
  if (isObject(tests) && typeof tests.path === 'string')
    return readTestsFile(tests.path, baseDir, location, collector);
  if (!Array.isArray(tests)) {
    collector.add({ location, problem: 'tests must be a file reference or a list of tests' });
    return [];
  }
  const written: WrittenTest[] = [];
  tests.forEach((entry, index) => {
    const at = { file: config.file, line: config.lineOf(['tests', index]), field: `tests[${index}]` };
    if (typeof entry === 'string') written.push(...readTestsFile(entry, baseDir, at, collector));
    else if (
      isObject(entry) &&
      typeof entry.path === 'string' &&
      entry.vars === undefined &&
      entry.assert === undefined
    ) {
      written.push(...readTestsFile(entry.path, baseDir, at, collector));
    } else {
      const test = readTestObject(entry, at, collector);
      if (test !== undefined) written.push(test);
    }
  });
  return written;
}

/** Reads `defaultTest:` (inline, or a `file://` YAML file). */
export function readDefaultTest(
  value: unknown,
  baseDir: string,
  location: SourceLocation,
  collector: ProblemCollector,
): WrittenTest | undefined {
  if (value === undefined || value === null) return undefined;
  if (isFileReference(value)) {
    const file = collectReference(value, baseDir, location, collector);
    if (file === undefined) return undefined;
    const source = readYamlFile(file);
    return readTestObject(source.value, { file: file.shown, line: 1 }, collector);
  }
  return readTestObject(value, location, collector);
}
