import { extname } from 'node:path';
import { ProblemCollector } from '../core/errors.js';
import type { ChatMessage, CheckSpec, ContextPassage, EvalCase } from '../core/eval-case.js';
import { isJsonObject, type JsonValue } from '../core/json.js';
import { didYouMean, nearestName } from '../core/suggest.js';
import { csvRows, describeType, jsonlRow, jsonRows, type RawRow } from './eval-set-rows.js';
import { type FileDigest, forEachLine, readTextAndDigest } from './read-text.js';

/** Eval-set file formats. */
export const evalFormats = ['jsonl', 'json', 'csv'] as const;
export type EvalFormat = (typeof evalFormats)[number];

/** A non-fatal remark about the file (ignored columns, renamed fields). */
export interface LoadWarning {
  code: string;
  message: string;
}

/** The loaded eval set. */
export interface LoadedEvalSet {
  format: EvalFormat;
  cases: EvalCase[];
  warnings: LoadWarning[];
  /** Size and sha256 of the file, for the report's inputs digest. */
  digest: FileDigest;
}

const knownFields = ['id', 'input', 'reference', 'output', 'contexts', 'gold_ids', 'contract', 'tags'];
/** Names other tools use for our fields; accepted with a warning. */
const fieldAliases: Record<string, string> = {
  goldIds: 'gold_ids',
  expected: 'reference',
  __expected: 'reference',
  ground_truth: 'reference',
  question: 'input',
  prompt: 'input',
  messages: 'input',
  response: 'output',
  completion: 'output',
  answer: 'output',
  context: 'contexts',
  retrieved_contexts: 'contexts',
};
const chatRoles = new Set(['system', 'user', 'assistant', 'tool']);
const passageFields = ['id', 'text'];

/** Counts of the remarks that become warnings. */
interface Remarks {
  ignoredPassageFields: Map<string, number>;
  /** Rows whose `contexts` was one text rather than a list. */
  stringContexts: number;
  /**
   * Passages read so far, by id: the same knowledge-base passage recurs in thousands of prompts,
   * and sharing one object (and one copy of its text) keeps a large eval set's memory down.
   */
  passages: Map<string, ContextPassage[]>;
  /**
   * `requireOutput: 'when-any'`: rows without an output, worded as `requireOutput: true` words them
   * (a misspelt field named); a problem only once some row has one.
   */
  missingOutputs: { line: number; problem: string; hint: string }[];
}

/** The passage already read with this id and text, else this one (remembered). */
function sharedPassage(id: string, text: string, remarks: Remarks): ContextPassage {
  const known = remarks.passages.get(id);
  const same = known?.find((passage) => passage.text === text);
  if (same !== undefined) return same;
  const passage = { id, text };
  if (known === undefined) remarks.passages.set(id, [passage]);
  else if (known.length < 8) known.push(passage);
  return passage;
}

/**
 * "missing" for a required field, naming the row's unknown key that is probably it:
 * `missing; this row has an unknown field "inptu" — did you mean "input"?`.
 */
function missingField(
  field: string,
  unknownKeys: readonly string[],
  known: readonly string[],
  fallback: { problem: string; hint: string },
): { problem: string; hint: string } {
  const typo = unknownKeys.find((key) => nearestName(key, known) === field);
  if (typo === undefined) return fallback;
  return {
    problem: `missing; this row has an unknown field "${typo}" — did you mean "${field}"?`,
    hint: `rename "${typo}" to "${field}" (in every row that spells it so)`,
  };
}

const missingOutput = {
  problem: 'missing; offline diagnosis reads the recorded model output of every item',
  hint: 'add the model output to every row, or run `fixfirst run DIR` to record them',
};

/** Detects the format from an explicit override, else the file extension. */
export function detectEvalFormat(
  path: string,
  override: string | undefined,
  collector: ProblemCollector,
): EvalFormat {
  const wanted = (override ?? extname(path).slice(1)).toLowerCase();
  if (wanted === 'ndjson') return 'jsonl';
  if ((evalFormats as readonly string[]).includes(wanted)) return wanted as EvalFormat;
  collector.add({
    location: { file: path },
    problem: `unknown eval-set format "${wanted || '(no extension)'}"; expected one of ${evalFormats.join(', ')}.${didYouMean(wanted, evalFormats)}`,
    hint: 'rename the file to .jsonl, .json or .csv, or set `eval: {path: ..., format: jsonl}` in fixfirst.yaml',
  });
  collector.throwIfAny();
  return 'jsonl';
}

/** Options for loading an eval set. */
export interface LoadEvalOptions {
  /** Absolute path to read. */
  path: string;
  /** Path as the user wrote it, for messages. */
  shownAs: string;
  /** Explicit format; else from the extension. */
  format?: string;
  /**
   * Offline mode needs a recorded `output` on every row; `'when-any'` needs one on every row only
   * when some row has one (an eval set without outputs may get them from a recorded run).
   */
  requireOutput: boolean | 'when-any';
  /** The scorer needs a `reference` on every row. */
  requireReference: boolean;
}

/**
 * Loads an eval set (JSONL, JSON or CSV) into typed cases. Every bad row is collected and reported
 * together (file, line, field, what was expected, how to fix); nothing is silently dropped. With
 * `into`, the row problems go to that collector (the caller reports them with the problems of
 * its other stages) and the good rows are returned; a file that cannot be read at all still throws.
 */
export function loadEvalSet(options: LoadEvalOptions, into?: ProblemCollector): LoadedEvalSet {
  const file = options.shownAs;
  // Handed on to `into`, whose own cap decides how many are shown.
  const collector = new ProblemCollector('INPUT_INVALID', into === undefined ? 10 : 100);
  const format = detectEvalFormat(file, options.format, collector);
  const ignored = new Map<string, number>();
  const renamed = new Map<string, string>();
  const remarks: Remarks = {
    ignoredPassageFields: new Map(),
    stringContexts: 0,
    passages: new Map(),
    missingOutputs: [],
  };
  const cases: EvalCase[] = [];
  const seenIds = new Map<string, number>();
  const accept = ({ line, row }: RawRow) => {
    const evalCase = toEvalCase(row, line, file, options, collector, ignored, renamed, remarks);
    if (evalCase === undefined) return;
    const firstLine = seenIds.get(evalCase.id);
    if (firstLine !== undefined) {
      collector.add({
        location: { file, line, field: 'id' },
        problem: `duplicate id "${evalCase.id}" (first used on line ${firstLine})`,
        hint: 'give every item a unique id, or remove the duplicate row',
      });
      return;
    }
    seenIds.set(evalCase.id, line);
    cases.push(evalCase);
  };
  let digest: FileDigest;
  let empty: boolean;
  if (format === 'jsonl') {
    // Streamed: the file is never held whole, only the typed cases.
    let lines = 0;
    digest = forEachLine(options.path, file, (line, content) => {
      lines++;
      const row = jsonlRow(line, content, file, collector);
      if (row !== undefined) accept(row);
    });
    empty = lines === 0;
  } else {
    const read = readTextAndDigest(options.path, file);
    digest = read.digest;
    empty = read.text.trim() === '';
    if (!empty)
      for (const row of format === 'json'
        ? jsonRows(read.text, file, collector)
        : csvRows(read.text, file, collector))
        accept(row);
  }
  if (empty) {
    collector.add({
      location: { file },
      problem: 'the eval set is empty',
      hint: 'add one item per line: {"id": "1", "input": "...", "reference": "...", "output": "..."}',
    });
  }
  if (cases.length === 0 && collector.size === 0) {
    collector.add({ location: { file }, problem: 'the eval set has no items', hint: 'add at least one row' });
  }
  if (options.requireOutput === 'when-any' && cases.some((evalCase) => evalCase.output !== undefined)) {
    for (const { line, problem, hint } of remarks.missingOutputs)
      collector.add({ location: { file, line, field: 'output' }, problem, hint });
  }
  if (into === undefined) collector.throwIfAny();
  else into.attempt(() => collector.throwIfAny());
  const warnings: LoadWarning[] = [];
  for (const [alias, target] of renamed) {
    warnings.push({ code: 'field_alias', message: `${file}: read field "${alias}" as "${target}"` });
  }
  if (remarks.stringContexts > 0) {
    warnings.push({
      code: 'contexts_text',
      message: `${file}: read "contexts" written as one text as a single passage in ${remarks.stringContexts} row(s); write a list to give each passage its id: [{"id": "doc-1", "text": "..."}]`,
    });
  }
  for (const [field, count] of remarks.ignoredPassageFields) {
    warnings.push({
      code: 'ignored_passage_field',
      message: `${file}: ignored unknown passage field "${field}" in ${count} passage(s) (a passage is {"id": ..., "text": ...})${didYouMean(field, passageFields)}`,
    });
  }
  for (const [field, count] of ignored) {
    warnings.push({
      code: 'ignored_field',
      message: `${file}: ignored unknown field "${field}" in ${count} row(s)${didYouMean(field, knownFields)}`,
    });
  }
  return { format, cases, warnings, digest };
}

/**
 * One passage of `contexts`: a string, or {id, text}. A passage with an id but no text is kept
 * with empty text (ids only were logged) — unless it has an unknown key, which is then probably
 * its misspelled text, and an error; other unknown keys are counted for a warning.
 */
function readPassage(
  passage: unknown,
  index: number,
  remarks: Remarks,
): ContextPassage | { problem: string; hint: string } {
  const shape = 'a passage is {"id": "doc-1", "text": "..."} or a string';
  if (typeof passage === 'string') return sharedPassage(`ctx-${index + 1}`, passage, remarks);
  if (!isJsonObject(passage))
    return { problem: `expected a passage, got ${describeType(passage)}`, hint: shape };
  const unknown = Object.keys(passage).filter((key) => !passageFields.includes(key));
  const typoOf = (field: string) => unknown.find((key) => nearestName(key, passageFields) === field);
  if (typeof passage.id !== 'string' && typeof passage.id !== 'number') {
    const typo = typoOf('id');
    return typo === undefined
      ? { problem: 'the passage has no "id" (a string or number)', hint: shape }
      : {
          problem: `the passage has no "id" but an unknown field "${typo}" — did you mean "id"?`,
          hint: `rename "${typo}" to "id"`,
        };
  }
  if (passage.text !== undefined && typeof passage.text !== 'string')
    return { problem: `"text": expected a string, got ${describeType(passage.text)}`, hint: shape };
  if (passage.text === undefined && unknown.length > 0) {
    const typo = typoOf('text');
    const key = typo ?? unknown[0]!;
    return {
      problem: `the passage has no "text" but an unknown field "${key}"${typo === undefined ? '' : ' — did you mean "text"?'}`,
      hint: `rename "${key}" to "text", or drop it to keep the passage as an id only (${shape})`,
    };
  }
  for (const key of unknown)
    remarks.ignoredPassageFields.set(key, (remarks.ignoredPassageFields.get(key) ?? 0) + 1);
  return sharedPassage(String(passage.id), typeof passage.text === 'string' ? passage.text : '', remarks);
}

function toEvalCase(
  rawRow: Record<string, unknown>,
  line: number,
  file: string,
  options: LoadEvalOptions,
  collector: ProblemCollector,
  ignored: Map<string, number>,
  renamed: Map<string, string>,
  remarks: Remarks,
): EvalCase | undefined {
  const row: Record<string, unknown> = {};
  const unknownKeys: string[] = [];
  for (const [key, value] of Object.entries(rawRow)) {
    if (knownFields.includes(key)) {
      row[key] = value;
      continue;
    }
    const target = fieldAliases[key];
    if (target !== undefined && !(target in rawRow) && !(target in row)) {
      row[target] = value;
      renamed.set(key, target);
      continue;
    }
    ignored.set(key, (ignored.get(key) ?? 0) + 1);
    unknownKeys.push(key);
  }
  const missing = (field: string, fallback: { problem: string; hint: string }) =>
    missingField(field, unknownKeys, knownFields, fallback);
  const before = collector.size;
  const problem = (field: string, text: string, hint: string) =>
    collector.add({ location: { file, line, field }, problem: text, hint });

  let id = `row-${line}`;
  if (row.id !== undefined && row.id !== null && row.id !== '') {
    if (typeof row.id === 'string' || (typeof row.id === 'number' && Number.isFinite(row.id)))
      id = String(row.id);
    else
      problem(
        'id',
        `expected a string or number, got ${describeType(row.id)}`,
        'write the id as a string or a number, e.g. "id": "ticket-17"',
      );
  }

  let input: string | ChatMessage[] = '';
  if (row.input === undefined || row.input === null) {
    const { problem: text, hint } = missing('input', {
      problem: 'missing; every item needs the user input',
      hint: 'add "input": a string or a list of chat messages [{"role": "user", "content": "..."}]',
    });
    problem('input', text, hint);
  } else if (typeof row.input === 'string') input = row.input;
  else if (Array.isArray(row.input)) {
    const messages: ChatMessage[] = [];
    row.input.forEach((message, index) => {
      if (
        !isJsonObject(message) ||
        typeof message.content !== 'string' ||
        !chatRoles.has(String(message.role))
      ) {
        problem(
          `input[${index}]`,
          'expected a chat message {"role": "user", "content": "..."}',
          'role is one of system, user, assistant, tool; content is a string',
        );
        return;
      }
      messages.push({ role: message.role as ChatMessage['role'], content: message.content });
    });
    input = messages;
  } else
    problem(
      'input',
      `expected a string or a list of chat messages, got ${describeType(row.input)}`,
      'write the input as a string, or as chat messages [{"role": "user", "content": "..."}]',
    );

  const reference = row.reference === null ? undefined : (row.reference as JsonValue | undefined);
  if (reference === undefined && options.requireReference) {
    const { problem: text, hint } = missing('reference', {
      problem: 'missing; the scorer compares every output with its reference',
      hint: 'add the expected answer to every row, or set `score: {type: none}` to judge the contract only',
    });
    problem('reference', text, hint);
  }

  let output: string | undefined;
  if (row.output === undefined || row.output === null) {
    if (options.requireOutput === true) {
      const { problem: text, hint } = missing('output', missingOutput);
      problem('output', text, hint);
    } else if (options.requireOutput === 'when-any') {
      remarks.missingOutputs.push({ line, ...missing('output', missingOutput) });
    }
  } else if (typeof row.output === 'string') output = row.output;
  else if (typeof row.output === 'object') output = JSON.stringify(row.output);
  else
    problem(
      'output',
      `expected a string, got ${describeType(row.output)}`,
      'store the raw model output as a string',
    );

  let contexts: ContextPassage[] | undefined;
  if (row.contexts !== undefined && row.contexts !== null) {
    if (!Array.isArray(row.contexts)) {
      if (typeof row.contexts === 'string') {
        contexts = [{ id: 'ctx-1', text: row.contexts }];
        remarks.stringContexts++;
      } else
        problem(
          'contexts',
          `expected a list of passages, got ${describeType(row.contexts)}`,
          'write [{"id": "doc-1", "text": "..."}]',
        );
    } else {
      contexts = [];
      row.contexts.forEach((passage, index) => {
        const read = readPassage(passage, index, remarks);
        if ('problem' in read) problem(`contexts[${index}]`, read.problem, read.hint);
        else contexts!.push(read);
      });
    }
  }

  let goldIds: string[] | undefined;
  if (row.gold_ids !== undefined && row.gold_ids !== null) {
    if (
      Array.isArray(row.gold_ids) &&
      row.gold_ids.every((entry) => typeof entry === 'string' || typeof entry === 'number')
    ) {
      goldIds = row.gold_ids.map(String);
    } else if (typeof row.gold_ids === 'string' || typeof row.gold_ids === 'number')
      goldIds = [String(row.gold_ids)];
    else
      problem(
        'gold_ids',
        `expected a list of passage ids, got ${describeType(row.gold_ids)}`,
        'write ["doc-1", "doc-7"]',
      );
  }

  const contract: CheckSpec[] = [];
  if (row.contract !== undefined && row.contract !== null) {
    if (!Array.isArray(row.contract))
      problem(
        'contract',
        `expected a list of checks, got ${describeType(row.contract)}`,
        'write [{"check": "max_words", "n": 50}]',
      );
    else
      row.contract.forEach((spec, index) => {
        if (isJsonObject(spec) && typeof spec.check === 'string') contract.push(spec as CheckSpec);
        else
          problem(
            `contract[${index}]`,
            'expected {"check": "<id>", ...parameters}',
            'see `fixfirst checks` for the ids',
          );
      });
  }

  const tags: Record<string, string | number | boolean> = {};
  if (row.tags !== undefined && row.tags !== null) {
    if (!isJsonObject(row.tags))
      problem(
        'tags',
        `expected an object of labels, got ${describeType(row.tags)}`,
        'write {"segment": "enterprise"}',
      );
    else
      for (const [key, value] of Object.entries(row.tags)) {
        if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
          tags[key] = value;
        else
          problem(
            `tags.${key}`,
            `expected a string, number or boolean, got ${describeType(value)}`,
            'tags are flat labels to slice the report by, e.g. {"segment": "enterprise", "turns": 3}',
          );
      }
  }
  if (collector.size > before) return undefined;
  return { id, input, reference, output, contexts, goldIds, contract, tags, line };
}
