import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { type Document, LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { describeValue, zodProblems } from '../checks/zod-problems.js';
import { checkSpecSchema, type ProjectConfig, projectConfigSchema } from '../core/config.js';
import { FixfirstError, type LocatedProblem, ProblemCollector } from '../core/errors.js';
import { didYouMean } from '../core/suggest.js';
import { readTextFile } from '../loaders/read-text.js';
import { displayPath } from './display-path.js';

/** Config file names looked for in a project folder, in order. */
export const configFileNames = ['fixfirst.yaml', 'fixfirst.yml'];

/** A validated fixfirst.yaml and where it came from. */
export interface LoadedConfig {
  /** Absolute project folder (paths in the config are relative to it). */
  dir: string;
  /** Absolute path of the config file. */
  configPath: string;
  /** The path as shown to the user. */
  configShownAs: string;
  config: ProjectConfig;
  /** 1-based line of a config path such as ['contract', 1, 'n'] (for messages from later stages). */
  lineOf(path: readonly (string | number)[]): number | undefined;
}

/** Finds the config file for a project folder or an explicit config path. */
export function findConfig(target: string): { dir: string; configPath: string } {
  const absolute = resolve(target);
  if (!existsSync(absolute)) {
    // A path that names a config file is a missing file, not a missing project folder.
    if (/\.ya?ml$/i.test(target)) {
      throw new FixfirstError('FILE_NOT_FOUND', 'no such file', {
        location: { file: target },
        hint: `looked for ${absolute}; name an existing fixfirst.yaml (or the project folder that holds it)`,
      });
    }
    throw new FixfirstError('FILE_NOT_FOUND', 'no such folder', {
      location: { file: target },
      hint: `looked for ${absolute}; pass a project folder that holds fixfirst.yaml (try \`npx fixfirst diagnose examples/support-bot\`)`,
    });
  }
  if (statSync(absolute).isFile()) return { dir: dirname(absolute), configPath: absolute };
  for (const name of configFileNames) {
    const candidate = join(absolute, name);
    if (existsSync(candidate)) return { dir: absolute, configPath: candidate };
  }
  throw new FixfirstError('CONFIG_INVALID', 'no fixfirst.yaml in this folder', {
    location: { file: target },
    hint: 'create fixfirst.yaml with at least `eval: data/eval.jsonl` (see README "fixfirst.yaml")',
  });
}

/** Reads, parses and validates fixfirst.yaml. Every problem names the file, the line and the key. */
export function loadConfig(target: string): LoadedConfig {
  const collector = new ProblemCollector('CONFIG_INVALID');
  const loaded = loadConfigCollecting(target, collector);
  collector.throwIfAny();
  return loaded;
}

/** What `loadConfigCollecting` could read, and which top-level keys it could not. */
export interface PartlyLoadedConfig extends LoadedConfig {
  /**
   * Top-level keys whose value is invalid: `config` holds their default instead (or, for
   * `contract`, only its valid entries), so later stages can still look for their own problems.
   * `eval` here means there is no eval set to load.
   */
  invalidKeys: ReadonlySet<string>;
  /** For each entry of `config.contract`, its index in the file (invalid entries are left out). */
  contractPositions: readonly number[];
}

/**
 * Reads and validates fixfirst.yaml, adding every problem to `collector` instead of stopping at
 * the first: a bad threshold does not hide a bad contract entry. A file that cannot be read or
 * parsed as a YAML mapping still throws (there is nothing to go on).
 */
export function loadConfigCollecting(target: string, collector: ProblemCollector): PartlyLoadedConfig {
  const { dir, configPath } = findConfig(target);
  const shownAs = displayPath(configPath);
  const text = readTextFile(configPath, shownAs);
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (document.errors.length > 0) {
    const [first, ...others] = document.errors.map(
      (error): LocatedProblem => ({
        location: { file: shownAs, line: lineCounter.linePos(error.pos[0]).line },
        problem: `not valid YAML (${error.message.split('\n')[0]})`,
        hint: 'check the indentation and quoting on that line',
      }),
    );
    throw new FixfirstError('CONFIG_INVALID', first!.problem, {
      location: first!.location,
      hint: first!.hint,
      others,
    });
  }
  const lineOf = (path: readonly (string | number)[]) => lineOfPath(document, lineCounter, path);
  const raw: unknown = document.toJS();
  if (raw === null || raw === undefined) {
    throw new FixfirstError('CONFIG_INVALID', 'the file is empty', {
      location: { file: shownAs },
      hint: 'write at least the eval set it reads, e.g. `eval: data/eval.jsonl` (see README "fixfirst.yaml")',
    });
  }
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    throw new FixfirstError(
      'CONFIG_INVALID',
      `expected a mapping of keys (task, eval, score, contract, ...), got ${describeValue(raw)}`,
      {
        location: { file: shownAs, line: 1 },
        hint: 'write one `key: value` per line, starting from the example in README "fixfirst.yaml"',
      },
    );
  }
  const record = raw as Record<string, unknown>;
  const parsed = projectConfigSchema.safeParse(record);
  if (parsed.success) {
    return {
      dir,
      configPath,
      configShownAs: shownAs,
      config: parsed.data,
      lineOf,
      invalidKeys: new Set(),
      contractPositions: parsed.data.contract.map((_, index) => index),
    };
  }
  const known = Object.keys(projectConfigSchema.shape);
  const reference = 'each one is described in schemas/fixfirst.schema.json';
  const problems = zodProblems(parsed.error, { file: shownAs }, '', {
    input: record,
    schema: projectConfigSchema,
    reference,
  });
  for (const problem of problems) {
    // An unknown key points at its own line, not at the section holding it.
    const at = problem.keys === undefined ? problem.path : [...problem.path, problem.keys[0]!];
    const located = { ...problem, location: { ...problem.location, line: lineOf(at) } };
    if (problem.keys !== undefined && problem.path.length === 0) {
      // One problem per unknown top-level key, each on its own line, with the nearest known key.
      for (const key of problem.keys) {
        collector.add({
          location: { file: shownAs, line: lineOf([key]) },
          problem: `unknown key "${key}".${didYouMean(key, known)}`,
          hint: `top-level keys are: ${known.join(', ')} (${reference})`,
        });
      }
      continue;
    }
    if (problem.path.length === 1 && problem.path[0] === 'eval' && record.eval === undefined) {
      located.problem = 'missing: the eval set file';
      located.hint =
        'add e.g. `eval: data/eval.jsonl` (JSONL, JSON or CSV; the path is relative to this file)';
    }
    collector.add(located);
  }
  // Every key that parses on its own is kept; an invalid one falls back to its default.
  const partial: Record<string, unknown> = {};
  const invalidKeys = new Set<string>();
  let contractPositions: number[] = [];
  for (const [key, schema] of Object.entries(projectConfigSchema.shape) as [string, z.ZodType][]) {
    const own = schema.safeParse(record[key]);
    if (own.success) {
      partial[key] = own.data;
      if (key === 'contract') contractPositions = (own.data as unknown[]).map((_, index) => index);
      continue;
    }
    invalidKeys.add(key);
    if (key === 'contract' && Array.isArray(record.contract)) {
      const entries = record.contract.map((entry) => checkSpecSchema.safeParse(entry));
      partial.contract = entries.flatMap((entry) => (entry.success ? [entry.data] : []));
      contractPositions = entries.flatMap((entry, index) => (entry.success ? [index] : []));
      continue;
    }
    const fallback = schema.safeParse(undefined);
    if (fallback.success) partial[key] = fallback.data;
  }
  return {
    dir,
    configPath,
    configShownAs: shownAs,
    config: partial as ProjectConfig,
    lineOf,
    invalidKeys,
    contractPositions,
  };
}

function lineOfPath(
  document: Document,
  lineCounter: LineCounter,
  path: readonly (string | number)[],
): number | undefined {
  for (let length = path.length; length >= 0; length--) {
    const node = length === 0 ? document.contents : document.getIn(path.slice(0, length), true);
    const range = (node as { range?: [number, number, number] } | undefined)?.range;
    if (range) return lineCounter.linePos(range[0]).line;
  }
  return undefined;
}
