import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { renderPath } from '../../checks/zod-problems.js';
import type { ProblemCollector, SourceLocation } from '../../core/errors.js';
import { readTextFile } from '../../loaders/read-text.js';
import type { PromptfooPrompt, PromptfooProvider } from './promptfoo-test.js';
import { collectReference } from './read-tests.js';
import { readYamlFile } from './source-files.js';

/**
 * The `prompts:` and `providers:` of a promptfoo config (readPrompts in src/prompts/index.ts):
 * inline templates, `file://` text (split at `---` lines), Markdown, JSON and YAML chat prompts;
 * provider ids with their options. Prompt functions and executables are refused by name.
 */

/** The config file and how to find a line in it. */
export interface ConfigSource {
  file: string;
  lineOf(path: readonly (string | number)[]): number | undefined;
}

/** Where a value sits in the config: file, line and field path (`prompts[0]`). */
function configLocation(config: ConfigSource, path: readonly (string | number)[]): SourceLocation {
  return { file: config.file, line: config.lineOf(path), field: renderPath('', path) };
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** promptfoo's processTxtFile: prompts separated by lines holding only `---`. */
function splitTextPrompts(text: string): string[] {
  const prompts: string[] = [];
  let buffer: string[] = [];
  const flush = () => {
    const raw = buffer.join('\n').trim();
    if (raw.length > 0) prompts.push(raw);
    buffer = [];
  };
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '---') flush();
    else buffer.push(line);
  }
  flush();
  return prompts;
}

function promptsFromFile(
  reference: string,
  label: string | undefined,
  baseDir: string,
  location: SourceLocation,
  collector: ProblemCollector,
): PromptfooPrompt[] {
  const file = collectReference(reference, baseDir, location, collector);
  if (file === undefined) return [];
  const at = { file: file.shown, line: 1 };
  const one = (template: string) => [
    { template, label: label ?? `${file.shown}: ${template}`, location: at },
  ];
  switch (file.extension) {
    case '.txt':
    case '.j2':
      return splitTextPrompts(readTextFile(file.absolute, file.shown)).map((template) => ({
        template,
        label: label ?? `${file.shown}: ${template}`,
        location: at,
      }));
    case '.md':
      return one(readTextFile(file.absolute, file.shown));
    case '.json': {
      const text = readTextFile(file.absolute, file.shown);
      try {
        return one(JSON.stringify(JSON.parse(text)));
      } catch {
        return one(text);
      }
    }
    case '.yaml':
    case '.yml':
      return one(JSON.stringify(readYamlFile(file).value));
    default:
      collector.add({
        location,
        problem: `prompt "${reference}" is a ${file.extension || 'file without an extension'}: fixfirst renders text, Markdown, JSON and YAML prompts, not prompt functions or executables`,
        hint: 'import the results file of a promptfoo run (promptfoo eval -o results.json): it holds every rendered prompt',
      });
      return [];
  }
}

/** A bare string that names an existing file is a file, as promptfoo reads it; otherwise it is the template. */
function looksLikeFile(raw: string, baseDir: string): boolean {
  if (raw.includes('\n') || raw.includes('{{')) return false;
  const path = resolve(baseDir, raw);
  return existsSync(path) && statSync(path).isFile();
}

function readOnePrompt(
  raw: string,
  label: string | undefined,
  baseDir: string,
  location: SourceLocation,
  collector: ProblemCollector,
): PromptfooPrompt[] {
  if (raw.startsWith('exec:') || /^(portkey|langfuse|helicone):\/\//.test(raw)) {
    collector.add({
      location,
      problem: `prompt "${raw.slice(0, 60)}" comes from a program or a prompt service, which fixfirst cannot render`,
      hint: 'import the results file of a promptfoo run (promptfoo eval -o results.json): it holds every rendered prompt',
    });
    return [];
  }
  if (raw.startsWith('file://') || looksLikeFile(raw, baseDir)) {
    return promptsFromFile(raw, label, baseDir, location, collector);
  }
  return [{ template: raw, label: label ?? raw, location }];
}

/** Reads `prompts:` into templates, in promptfoo's order. */
export function readPrompts(
  value: unknown,
  baseDir: string,
  config: ConfigSource,
  collector: ProblemCollector,
): PromptfooPrompt[] {
  const at = (path: (string | number)[]) => configLocation(config, path);
  if (typeof value === 'string') return readOnePrompt(value, undefined, baseDir, at(['prompts']), collector);
  if (Array.isArray(value)) {
    return value.flatMap((entry, index) => {
      const location = at(['prompts', index]);
      if (typeof entry === 'string') return readOnePrompt(entry, undefined, baseDir, location, collector);
      if (isObject(entry) && typeof (entry.raw ?? entry.id) === 'string') {
        const label = typeof entry.label === 'string' ? entry.label : undefined;
        return readOnePrompt((entry.raw ?? entry.id) as string, label, baseDir, location, collector);
      }
      collector.add({
        location,
        problem: 'a prompt must be a template, a file:// reference or {raw|id, label}',
      });
      return [];
    });
  }
  if (isObject(value) && Object.keys(value).length > 0) {
    return Object.entries(value).flatMap(([raw, label]) =>
      readOnePrompt(
        raw,
        typeof label === 'string' ? label : undefined,
        baseDir,
        at(['prompts', raw]),
        collector,
      ),
    );
  }
  collector.add({
    location: at(['prompts']),
    problem: 'the config has no prompts',
    hint: 'add `prompts:` with at least one template, e.g. - "Answer: {{question}}"',
  });
  return [];
}

/** Reads `providers:` (or `targets:`): ids with their options. */
export function readProviders(value: unknown, config: ConfigSource, key: string): PromptfooProvider[] {
  const at = (path: (string | number)[]) => configLocation(config, path);
  const entries =
    typeof value === 'string' ? [value] : Array.isArray(value) ? value : value === undefined ? [] : [value];
  const providers: PromptfooProvider[] = [];
  entries.forEach((entry, index) => {
    const location = at(typeof value === 'string' ? [key] : [key, index]);
    if (typeof entry === 'string') {
      providers.push({ id: entry, label: undefined, config: {}, location });
    } else if (isObject(entry) && typeof entry.id === 'string') {
      providers.push({
        id: entry.id,
        label: typeof entry.label === 'string' ? entry.label : undefined,
        config: isObject(entry.config) ? entry.config : {},
        location,
      });
    } else if (isObject(entry) && Object.keys(entry).length === 1) {
      // The map form: {"openai:gpt-4o-mini": {config: {...}}}.
      const [id, options] = Object.entries(entry)[0]!;
      const settings = isObject(options) ? options : {};
      providers.push({
        id: typeof settings.id === 'string' ? settings.id : id,
        label: typeof settings.label === 'string' ? settings.label : undefined,
        config: isObject(settings.config) ? settings.config : {},
        location,
      });
    }
  });
  return providers;
}
