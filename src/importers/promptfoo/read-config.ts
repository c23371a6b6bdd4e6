import { dirname } from 'node:path';
import { FixfirstError, ProblemCollector } from '../../core/errors.js';
import { mergeTests } from './merge-tests.js';
import type { PromptfooPrompt, PromptfooProvider, PromptfooTest } from './promptfoo-test.js';
import { readPrompts, readProviders } from './read-prompts.js';
import { readDefaultTest, readTests } from './read-tests.js';
import { type ReferencedFile, readYamlFile } from './source-files.js';

/** A promptfoo config read in full: prompts, providers, and tests as promptfoo runs them. */
export interface PromptfooSuite {
  /** The config as shown in messages. */
  file: string;
  /** Its folder: `file://` references are relative to it. */
  dir: string;
  description: string | undefined;
  prompts: PromptfooPrompt[];
  providers: PromptfooProvider[];
  tests: PromptfooTest[];
}

/** Config keys that change which tests run in ways fixfirst does not follow. */
const unsupportedKeys: Record<string, string> = {
  scenarios: 'scenarios (tests built from data × configs)',
  redteam: 'red-team generation',
};

/**
 * Reads a promptfoo config and every file it names; every problem is collected and thrown together.
 * With `providersOnly` (a results file holds the tests and the rendered prompts) only the
 * description and the providers are read, so a part fixfirst could not read does not block.
 */
export function readPromptfooConfig(file: ReferencedFile, providersOnly = false): PromptfooSuite {
  const source = readYamlFile(file);
  const config = source.value;
  if (typeof config !== 'object' || config === null || Array.isArray(config)) {
    throw new FixfirstError(
      'INPUT_INVALID',
      'a promptfoo config is a mapping of keys (prompts, providers, tests, …)',
      {
        location: { file: file.shown, line: 1 },
        hint: 'pass promptfooconfig.yaml, or the results file of `promptfoo eval -o results.json`',
      },
    );
  }
  const raw = config as Record<string, unknown>;
  const dir = dirname(file.absolute);
  const where = { file: file.shown, lineOf: source.lineOf };
  const providerKey = raw.providers === undefined && raw.targets !== undefined ? 'targets' : 'providers';
  const providers = readProviders(raw[providerKey], where, providerKey);
  const description = typeof raw.description === 'string' ? raw.description : undefined;
  if (providersOnly) return { file: file.shown, dir, description, prompts: [], providers, tests: [] };
  const collector = new ProblemCollector('INPUT_INVALID');
  for (const [key, what] of Object.entries(unsupportedKeys)) {
    if (raw[key] !== undefined) {
      collector.add({
        location: { file: file.shown, line: source.lineOf([key]), field: key },
        problem: `${what} are not supported`,
        hint: 'run promptfoo eval -o results.json and import the results file: it holds every test that ran',
      });
    }
  }
  const prompts = readPrompts(raw.prompts, dir, where, collector);
  const written = readTests(raw.tests, dir, where, collector);
  const defaultTest = readDefaultTest(
    raw.defaultTest,
    dir,
    { file: file.shown, line: source.lineOf(['defaultTest']), field: 'defaultTest' },
    collector,
  );
  collector.throwIfAny();
  const tests = mergeTests(written, defaultTest, dir, { file: file.shown, line: 1 }, collector);
  collector.throwIfAny();
  return { file: file.shown, dir, description, prompts, providers, tests };
}
