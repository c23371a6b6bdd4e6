import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { type Document, LineCounter, parseDocument } from 'yaml';
import { zodProblems } from '../checks/zod-problems.js';
import { type ProjectConfig, projectConfigSchema } from '../core/config.js';
import { FixfirstError, type LocatedProblem } from '../core/errors.js';
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
    throw new FixfirstError('FILE_NOT_FOUND', 'no such folder', {
      location: { file: target },
      hint: 'pass a project folder that holds fixfirst.yaml (try `npx fixfirst diagnose examples/support-bot`)',
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
  const raw: unknown = document.toJS() ?? {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new FixfirstError(
      'CONFIG_INVALID',
      'expected a mapping of keys (task, eval, score, contract, ...)',
      {
        location: { file: shownAs, line: 1 },
        hint: 'start from the example in README "fixfirst.yaml"',
      },
    );
  }
  const parsed = projectConfigSchema.safeParse(raw);
  if (!parsed.success) {
    const suggestions = {
      schema: projectConfigSchema,
      reference: 'each one is described in schemas/fixfirst.schema.json',
    };
    const problems = zodProblems(parsed.error, { file: shownAs }, '', suggestions).map((problem, index) => {
      const issue = parsed.error.issues[index]!;
      const path = issue.path.filter((part): part is string | number => typeof part !== 'symbol');
      // An unknown key points at its own line, not at the section holding it.
      const at = issue.code === 'unrecognized_keys' ? [...path, issue.keys[0]!] : path;
      return { ...problem, location: { ...problem.location, line: lineOf(at) } };
    });
    const [first, ...others] = problems;
    throw new FixfirstError('CONFIG_INVALID', first!.problem, {
      location: first!.location,
      hint: first!.hint,
      others,
    });
  }
  return { dir, configPath, configShownAs: shownAs, config: parsed.data, lineOf };
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
