import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { Ajv } from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeAllExamples } from '../examples/generate.js';
import type { Manifest } from '../examples/generator/manifest.js';
import { profiles } from '../examples/generator/profiles.js';
import { repoRoot } from './helpers/run-cli.js';

/**
 * The committed examples are exactly what the seeded generator makes, and every count in each
 * manifest is true of the data. The class checks below use a small independent reading of the
 * contract (strict JSON with lower-case keys, the JSON Schema, ≤ 120 words, no "As an AI", no
 * fences) and of the json-fields scorer (lenient: JSON cut out of prose or fences, keys and values
 * compared case-insensitively), so they do not depend on fixfirst's own scorers.
 */

const examplesRoot = join(repoRoot, 'examples');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

describe('examples/generate.ts', () => {
  let outDir: string;
  beforeAll(() => {
    outDir = mkdtempSync(join(tmpdir(), 'fixfirst-examples-'));
    writeAllExamples(outDir);
  });
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('regenerates every committed example file byte for byte, and nothing else', () => {
    const index = readFileSync(join(outDir, 'README.md'));
    expect(readFileSync(join(examplesRoot, 'README.md')).equals(index), 'examples/README.md differs').toBe(
      true,
    );
    for (const profile of profiles) {
      const committed = filesUnder(join(examplesRoot, profile.name));
      const generated = filesUnder(join(outDir, profile.name));
      expect(committed, profile.name).toEqual(generated);
      for (const file of generated) {
        const expected = readFileSync(join(outDir, profile.name, file));
        const actual = readFileSync(join(examplesRoot, profile.name, file));
        expect(actual.equals(expected), `${profile.name}/${file} differs from the generator's output`).toBe(
          true,
        );
      }
    }
  });
});

interface EvalRow {
  id: string;
  input: string;
  reference: { category: string; priority: string };
  output: string;
  contexts: { id: string; text: string }[];
  gold_ids: string[];
  tags: Record<string, string>;
}

interface ChatRow {
  messages: { role: string; content: string }[];
}

function readJsonLines<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as T);
}

const words = (text: string) => text.split(/\s+/).filter((word) => word !== '').length;

function parseObject(text: string): Record<string, unknown> | undefined {
  try {
    const value = JSON.parse(text) as unknown;
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

function fieldsMatch(
  object: Record<string, unknown> | undefined,
  reference: EvalRow['reference'],
  lenient: boolean,
) {
  if (object === undefined) return false;
  const read = (key: string) =>
    lenient ? Object.entries(object).find(([name]) => name.toLowerCase() === key)?.[1] : object[key];
  const same = (value: unknown, expected: string) =>
    typeof value === 'string' && (lenient ? value.trim().toLowerCase() === expected : value === expected);
  return same(read('category'), reference.category) && same(read('priority'), reference.priority);
}

function classify(row: EvalRow, validate: (value: unknown) => boolean): string {
  const strictObject = parseObject(row.output);
  const strict = fieldsMatch(strictObject, row.reference, false);
  const start = row.output.indexOf('{');
  const end = row.output.lastIndexOf('}');
  const lenient =
    start !== -1 && fieldsMatch(parseObject(row.output.slice(start, end + 1)), row.reference, true);
  const contractMet =
    strictObject !== undefined &&
    validate(strictObject) &&
    words(row.output) <= 120 &&
    !/as an ai|i cannot help/i.test(row.output) &&
    !row.output.includes('```');
  if (strict && contractMet) return 'pass';
  if (strict || lenient) return 'surface';
  return contractMet ? 'behavioral' : 'mixed';
}

const normalised = (text: string) =>
  text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '');

function grams(text: string, n: number): Set<string> {
  const list = normalised(text);
  const set = new Set<string>();
  for (let index = 0; index + n <= list.length; index++) set.add(list.slice(index, index + n).join(' '));
  if (list.length < n) set.add(list.join(' '));
  return set;
}

function jaccard(left: string, right: string): number {
  const a = grams(left, 5);
  const b = grams(right, 5);
  const shared = [...a].filter((gram) => b.has(gram)).length;
  return shared / (a.size + b.size - shared);
}

function luhn(digits: string): boolean {
  let sum = 0;
  for (let index = 0; index < digits.length; index++) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return sum % 10 === 0;
}

const roles = new Set(['system', 'user', 'assistant']);
const user = (row: ChatRow) => row.messages.find((message) => message.role === 'user')?.content ?? '';
const assistant = (row: ChatRow) => row.messages.find((message) => message.role === 'assistant')?.content;
const parsedTargets = new WeakMap<ChatRow, Record<string, unknown> | undefined>();
function target(row: ChatRow): Record<string, unknown> | undefined {
  if (!parsedTargets.has(row)) parsedTargets.set(row, parseObject(assistant(row) ?? ''));
  return parsedTargets.get(row);
}

/** Each planted kind, as a property its rows have and unplanted rows lack. */
const trainProblems: Record<string, (row: ChatRow) => boolean> = {
  fenced_target: (row) => (assistant(row) ?? '').startsWith('```'),
  long_target: (row) => words(String(target(row)?.reply ?? '')) > 120,
  key_case_target: (row) => target(row) !== undefined && 'Category' in target(row)!,
  empty_target: (row) => assistant(row) === '',
  placeholder_target: (row) => /^(TODO|lorem ipsum|N\/A|<No Output>|TBD)|"TODO"/.test(assistant(row) ?? ''),
  refusal_target: (row) => /as an ai language model/i.test(assistant(row) ?? ''),
  pii_email: (row) => /[\w.+-]+@[\w-]+\.[a-z]{2,}/i.test(user(row)),
  pii_card: (row) =>
    [...user(row).matchAll(/\b\d(?:[ ]?\d){12,18}\b/g)].some((match) => luhn(match[0].replaceAll(' ', ''))),
  pii_phone: (row) => /\(\d{3}\) \d{3}-\d{4}|\+1 \d{3} \d{3} \d{4}|\b020 7946 \d{4}\b/.test(user(row)),
  secret: (row) => /sk-proj-[A-Za-z0-9]{48}/.test(user(row)),
  missing_assistant: (row) =>
    !row.messages.some((message) => message.role === 'assistant' || message.role === 'bot'),
  bad_role: (row) => row.messages.some((message) => !roles.has(message.role)),
};

/** What is wrong with one planted training row, or undefined when it is what its kind says. */
function plantedRowProblem(kind: string, row: ChatRow, source: ChatRow | undefined, leaked?: EvalRow) {
  if (kind === 'exact_duplicate' && JSON.stringify(row) !== JSON.stringify(source))
    return 'not an exact copy';
  if (kind === 'near_duplicate' || kind === 'conflicting_label') {
    if (jaccard(user(row), user(source!)) < 0.8) return 'ticket not within Jaccard 0.8 of its source';
  }
  if (kind === 'near_duplicate') {
    if (user(row) === user(source!)) return 'ticket not edited';
    if (assistant(row) !== assistant(source!)) return 'target changed';
  }
  if (kind === 'conflicting_label') {
    const [mine, theirs] = [target(row)!, target(source!)!];
    if (mine.category === theirs.category && mine.priority === theirs.priority) return 'labels agree';
  }
  if (kind === 'eval_leak' && user(row) !== leaked?.input) return 'not the eval ticket';
  if (kind in trainProblems && !trainProblems[kind]!(row)) return 'problem not present';
  return undefined;
}

describe.each(profiles.map((profile) => profile.name))('examples/%s manifest', (name) => {
  const dir = join(examplesRoot, name);
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
  const rows = readJsonLines<EvalRow>(join(dir, 'data/eval.jsonl'));
  const byId = new Map(rows.map((row) => [row.id, row]));
  const run = new Map<string, string[]>();
  if (filesUnder(dir).includes('data/run.trec')) {
    for (const line of readFileSync(join(dir, 'data/run.trec'), 'utf8').trim().split('\n')) {
      const [query, , document] = line.split(' ');
      run.set(query!, [...(run.get(query!) ?? []), document!]);
    }
  }

  it('states the verdict its README names', () => {
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toContain(
      `## Expected verdict: ${manifest.expectedVerdict}`,
    );
  });

  it('plants each eval group as counted, with the class and retrieval it claims', () => {
    const validate = new Ajv().compile(JSON.parse(readFileSync(join(dir, 'schema.json'), 'utf8')));
    expect(rows).toHaveLength(manifest.eval.items);
    const problems: string[] = [];
    const seen = new Set<string>();
    const classes: Record<string, number> = { pass: 0, surface: 0, behavioral: 0, mixed: 0 };
    for (const group of manifest.eval.planted) {
      expect(group.ids).toHaveLength(group.count);
      for (const id of group.ids) {
        const row = byId.get(id);
        if (row === undefined) {
          problems.push(`${id}: not in eval.jsonl`);
          continue;
        }
        seen.add(id);
        classes[group.class]! += 1;
        const itemClass = classify(row, (value) => validate(value) === true);
        if (itemClass !== group.class)
          problems.push(`${id}: class ${itemClass}, manifest says ${group.class}`);
        const goldInPrompt = row.contexts.some((passage) => row.gold_ids.includes(passage.id));
        if (goldInPrompt !== (group.gold === 'hit')) problems.push(`${id}: gold in prompt ${goldInPrompt}`);
        if (run.size === 0) continue;
        const ranking = run.get(id) ?? [];
        const rank = ranking.indexOf(row.gold_ids[0]!) + 1;
        const expected = { hit: rank >= 1 && rank <= 5, deeper: rank > 5, nowhere: rank === 0 }[group.gold];
        if (!expected) problems.push(`${id}: gold ranked ${rank} in run.trec, manifest says ${group.gold}`);
        if (ranking.slice(0, 5).join() !== row.contexts.map((passage) => passage.id).join()) {
          problems.push(`${id}: run.trec top 5 differs from the inline contexts`);
        }
      }
    }
    expect(problems).toEqual([]);
    expect(seen.size).toBe(rows.length);
    expect(classes).toEqual(manifest.eval.classes);
    expect(
      new Set(rows.map((row) => normalised(row.input).join(' '))).size,
      'eval tickets are distinct',
    ).toBe(rows.length);
  });

  it('plants exactly the listed training-set problems, and no others', () => {
    if (manifest.train === undefined) return;
    const train = readJsonLines<ChatRow>(join(dir, 'data/train.jsonl'));
    expect(train).toHaveLength(manifest.train.rows);
    const problems: string[] = [];
    const plantedLines = new Map<number, string>();
    for (const [kind, record] of Object.entries(manifest.train.planted)) {
      expect(record.lines, kind).toHaveLength(record.count);
      record.lines.forEach((line, index) => {
        if (plantedLines.has(line)) problems.push(`line ${line}: planted twice`);
        plantedLines.set(line, kind);
        const source = record.sourceLines === undefined ? undefined : train[record.sourceLines[index]! - 1];
        const leaked = record.evalIds === undefined ? undefined : byId.get(record.evalIds[index]!);
        const problem = plantedRowProblem(kind, train[line - 1]!, source, leaked);
        if (problem !== undefined) problems.push(`line ${line} (${kind}): ${problem}`);
      });
    }
    const prompts = new Set<string>();
    train.forEach((row, index) => {
      const line = index + 1;
      const kind = plantedLines.get(line);
      for (const [problem, has] of Object.entries(trainProblems)) {
        if (problem !== kind && has(row)) problems.push(`line ${line}: unplanted ${problem}`);
      }
      const key = normalised(user(row)).join(' ');
      if ((kind === undefined || kind === 'near_duplicate') && prompts.has(key)) {
        problems.push(`line ${line}: unplanted repeated ticket`);
      }
      prompts.add(key);
      const keys = Object.keys(target(row) ?? {}).join();
      if (kind === undefined && (keys !== 'category,priority,reply' || words(assistant(row)!) > 120)) {
        problems.push(`line ${line}: unplanted target outside the contract`);
      }
    });
    expect(problems).toEqual([]);
    const categories: Record<string, number> = {};
    for (const row of train) {
      const category = target(row)?.category;
      if (typeof category === 'string') categories[category] = (categories[category] ?? 0) + 1;
    }
    expect(categories).toEqual(manifest.train.categories);
    const trainGrams = new Set(train.flatMap((row) => [...grams(user(row), 13)]));
    const sharing = rows.filter((row) =>
      [...grams(row.input, 13)].some((gram) => trainGrams.has(gram)),
    ).length;
    expect(sharing).toBe(manifest.train.derived.evalItemsSharing13Gram);
    if (manifest.train.planted.eval_leak === undefined) expect(sharing).toBe(0);
  });
});
