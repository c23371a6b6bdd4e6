import { existsSync, statSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { type Document, LineCounter, parseDocument } from 'yaml';
import { FixfirstError, type LocatedProblem, type SourceLocation } from '../../core/errors.js';
import { readTextFile } from '../../loaders/read-text.js';
import { displayPath } from '../../project/display-path.js';

/**
 * The files a promptfoo config names (`file://tests.csv`, `file://prompt.txt`): resolved against
 * the config's folder, checked to exist with an error that names the config key that points at
 * them, and parsed with line numbers so later problems can name a line.
 */

/** A file named by a `file://` reference. */
export interface ReferencedFile {
  absolute: string;
  /** As shown in messages. */
  shown: string;
  /** Lower-case extension with its dot: `.csv`. */
  extension: string;
  /** `check` in `file://asserts.js:check`, for JavaScript and Python files. */
  functionName: string | undefined;
}

/** A parsed YAML (or JSON) file and the line of any path inside it. */
export interface YamlSource {
  value: unknown;
  shown: string;
  lineOf(path: readonly (string | number)[]): number | undefined;
}

const scriptFile = /\.(js|cjs|mjs|ts|cts|mts|py)$/i;

/** True for references promptfoo reads from a file. */
export const isFileReference = (value: unknown): value is string =>
  typeof value === 'string' && value.startsWith('file://');

/**
 * Resolves `file://path[:function]` (or a bare path) against `baseDir`; a missing file is an error
 * located at the key that names it.
 */
export function resolveReference(reference: string, baseDir: string, from: SourceLocation): ReferencedFile {
  let path = reference.replace(/^file:\/\//, '');
  let functionName: string | undefined;
  const colon = path.lastIndexOf(':');
  if (colon > 1 && scriptFile.test(path.slice(0, colon))) {
    functionName = path.slice(colon + 1);
    path = path.slice(0, colon);
  }
  if (/[*?[\]{}]/.test(path)) {
    throw new FixfirstError(
      'INPUT_INVALID',
      `"${reference}" is a glob pattern, which fixfirst does not expand`,
      {
        location: from,
        hint: 'list the files one by one',
      },
    );
  }
  const absolute = resolve(baseDir, path);
  const shown = displayPath(absolute);
  if (!existsSync(absolute) || statSync(absolute).isDirectory()) {
    throw new FixfirstError('FILE_NOT_FOUND', `"${reference}" names a file that does not exist (${shown})`, {
      location: from,
      hint: `paths are relative to the folder of ${from.file ?? 'the config'}; fix the path or add the file`,
    });
  }
  return { absolute, shown, extension: extname(absolute).toLowerCase(), functionName };
}

function lineOfPath(
  document: Document,
  counter: LineCounter,
  path: readonly (string | number)[],
): number | undefined {
  for (let length = path.length; length >= 0; length--) {
    const node = length === 0 ? document.contents : document.getIn(path.slice(0, length), true);
    const range = (node as { range?: [number, number, number] } | undefined)?.range;
    if (range) return counter.linePos(range[0]).line;
  }
  return undefined;
}

/** Parses YAML (or JSON) text; a syntax error names the file and line. */
export function parseYamlText(text: string, shown: string): YamlSource {
  const counter = new LineCounter();
  const document = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: false });
  if (document.errors.length > 0) {
    const [first, ...others] = document.errors.map(
      (error): LocatedProblem => ({
        location: { file: shown, line: counter.linePos(error.pos[0]).line },
        problem: `not valid YAML (${error.message.split('\n')[0]})`,
        hint: 'check the indentation and quoting on that line',
      }),
    );
    throw new FixfirstError('INPUT_INVALID', first!.problem, {
      location: first!.location,
      hint: first!.hint,
      others,
    });
  }
  return {
    value: document.toJS({ maxAliasCount: -1 }) as unknown,
    shown,
    lineOf: (path) => lineOfPath(document, counter, path),
  };
}

/** Reads and parses a YAML or JSON file. */
export function readYamlFile(file: ReferencedFile): YamlSource {
  return parseYamlText(readTextFile(file.absolute, file.shown), file.shown);
}
