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
const target = (row: ChatRow) => parseObject(assistant(row) ?? '');

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

describe.each(profiles.map((profile) => profile.name))('examples/%s manifest', (name) => {
  const dir = join(examplesRoot, name);
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
  const rows = readJsonLines<EvalRow>(join(dir, 'data/eval.jsonl'));
  const byId = new Map(rows.map((row) => [row.id, row]));
  const runPath = join(dir, 'data/run.trec');
  const run = new Map<string, string[]>();
  if (filesUnder(dir).includes('data/run.trec')) {
    for (const line of readFileSync(runPath, 'utf8').trim().split('\n')) {
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
    const seen = new Set<string>();
    const classes: Record<string, number> = { pass: 0, surface: 0, behavioral: 0, mixed: 0 };
    for (const group of manifest.eval.planted) {
      expect(group.ids).toHaveLength(group.count);
      for (const id of group.ids) {
        const row = byId.get(id)!;
        expect(row, id).toBeDefined();
        seen.add(id);
        expect(
          classify(row, (value) => validate(value) === true),
          id,
        ).toBe(group.class);
        classes[group.class]! += 1;
        const goldInPrompt = row.contexts.some((passage) => row.gold_ids.includes(passage.id));
        expect(goldInPrompt, id).toBe(group.gold === 'hit');
        if (run.size > 0) {
          const rank = run.get(id)!.indexOf(row.gold_ids[0]!) + 1;
          if (group.gold === 'hit') expect(rank).toBeGreaterThanOrEqual(1);
          if (group.gold === 'hit') expect(rank).toBeLessThanOrEqual(5);
          if (group.gold === 'deeper') expect(rank).toBeGreaterThan(5);
          if (group.gold === 'nowhere') expect(rank).toBe(0);
          expect(run.get(id)!.slice(0, 5)).toEqual(row.contexts.map((passage) => passage.id));
        }
      }
    }
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
    const plantedLines = new Map<number, string>();
    for (const [kind, record] of Object.entries(manifest.train.planted)) {
      expect(record.lines, kind).toHaveLength(record.count);
      record.lines.forEach((line, index) => {
        expect(plantedLines.has(line), `line ${line} planted twice`).toBe(false);
        plantedLines.set(line, kind);
        const row = train[line - 1]!;
        const source = record.sourceLines === undefined ? undefined : train[record.sourceLines[index]! - 1]!;
        if (kind === 'exact_duplicate') expect(JSON.stringify(row)).toBe(JSON.stringify(source));
        if (kind === 'near_duplicate') {
          expect(user(row)).not.toBe(user(source!));
          expect(jaccard(user(row), user(source!))).toBeGreaterThanOrEqual(0.8);
          expect(assistant(row)).toBe(assistant(source!));
        }
        if (kind === 'conflicting_label') {
          expect(jaccard(user(row), user(source!))).toBeGreaterThanOrEqual(0.8);
          const [mine, theirs] = [target(row)!, target(source!)!];
          expect(mine.category !== theirs.category || mine.priority !== theirs.priority, `line ${line}`).toBe(
            true,
          );
        }
        if (kind === 'eval_leak') expect(user(row)).toBe(byId.get(record.evalIds![index]!)!.input);
        if (kind in trainProblems) expect(trainProblems[kind]!(row), `${kind} at line ${line}`).toBe(true);
      });
    }
    const prompts = new Set<string>();
    train.forEach((row, index) => {
      const line = index + 1;
      const kind = plantedLines.get(line);
      for (const [problem, has] of Object.entries(trainProblems)) {
        if (problem !== kind) expect(has(row), `unplanted ${problem} at line ${line}`).toBe(false);
      }
      const key = normalised(user(row)).join(' ');
      if (kind === undefined || kind === 'near_duplicate')
        expect(prompts.has(key), `repeated prompt at ${line}`).toBe(false);
      prompts.add(key);
      if (kind === undefined) {
        expect(Object.keys(target(row) ?? {}), `line ${line}`).toEqual(['category', 'priority', 'reply']);
        expect(words(assistant(row)!)).toBeLessThanOrEqual(120);
      }
    });
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
