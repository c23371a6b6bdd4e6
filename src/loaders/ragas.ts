import { extname } from 'node:path';
import { comparableText } from '../core/comparable-text.js';
import { inputError, ProblemCollector } from '../core/errors.js';
import type { ContextPassage } from '../core/eval-case.js';
import { isJsonObject, type JsonValue } from '../core/json.js';
import { didYouMean } from '../core/suggest.js';
import { csvTable } from './csv.js';
import { parsePythonStringList } from './python-literal.js';
import { nonBlankLines, readTextFile } from './read-text.js';

/** One Ragas sample, normalised, ready to become an eval row. */
export interface RagasSample {
  id: string;
  question: string;
  /** Retrieved contexts in prompt order, with ids (given, or `<id>-c<n>`). */
  contexts: ContextPassage[];
  /** The recorded answer. */
  answer: string;
  /** The reference answer; several when the row gives a list (older Ragas `ground_truths`). */
  groundTruth: string | string[];
  /** Ids of the gold passages, when the row says which they are; undefined when it does not. */
  goldIds: string[] | undefined;
  /**
   * Gold passages whose text the row gives but that are not among its retrieved contexts (a
   * reference context no retrieved one matches): the project keeps them in its passage corpus, so
   * their ids resolve and the oracle-context experiment can show them to the model.
   */
  goldPassages: ContextPassage[];
  /** 1-based line (JSONL, CSV) or record (JSON) in the file. */
  line: number;
}

/** A Ragas file as loaded. */
export interface LoadedRagas {
  format: 'jsonl' | 'json' | 'csv';
  samples: RagasSample[];
  /** How gold passages were found: ids given, matched by reference-context text, or not at all. */
  gold: { fromIds: number; fromReferenceContexts: number; none: number };
  /** Columns read under another name (`user_input → question`) and columns ignored. */
  notes: string[];
}

/** Ragas column names (both the 0.1 and the 0.2+ schema), first match wins. */
const columns = {
  id: ['id', 'sample_id', 'question_id'],
  question: ['question', 'user_input'],
  contexts: ['contexts', 'retrieved_contexts'],
  answer: ['answer', 'response'],
  groundTruth: ['ground_truth', 'reference', 'ground_truths', 'answer_ground_truth'],
  contextIds: ['retrieved_context_ids', 'context_ids'],
  referenceContextIds: ['reference_context_ids'],
  referenceContexts: ['reference_contexts', 'ground_truth_contexts'],
} as const;
const known = Object.values(columns).flat();

interface RawRow {
  line: number;
  row: Record<string, unknown>;
}

/** A list of strings from JSON, from a CSV cell holding JSON or Python `repr`, or undefined. */
function stringList(value: unknown): string[] | undefined {
  if (Array.isArray(value)) return value.every((entry) => typeof entry === 'string') ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (!trimmed.startsWith('[')) return undefined;
  try {
    const parsed: unknown = JSON.parse(trimmed);
    if (Array.isArray(parsed) && parsed.every((entry) => typeof entry === 'string')) return parsed;
  } catch {
    // Not JSON: pandas writes Python lists with repr().
  }
  return parsePythonStringList(trimmed);
}

function rowsOf(
  text: string,
  file: string,
  format: LoadedRagas['format'],
  collector: ProblemCollector,
): RawRow[] {
  if (format === 'jsonl') {
    const rows: RawRow[] = [];
    for (const [line, content] of nonBlankLines(text)) {
      try {
        const value: unknown = JSON.parse(content);
        if (isJsonObject(value)) rows.push({ line, row: value });
        else collector.add({ location: { file, line }, problem: 'expected a JSON object on this line' });
      } catch (error) {
        collector.add({
          location: { file, line },
          problem: `not valid JSON (${(error as Error).message})`,
          hint: 'each line must be one Ragas sample: {"question": ..., "contexts": [...], "answer": ..., "ground_truth": ...}',
        });
      }
    }
    return rows;
  }
  if (format === 'json') {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      throw inputError(
        `not valid JSON (${(error as Error).message})`,
        { file },
        'a .json file holds one array of samples',
      );
    }
    // A Hugging Face dataset exported column-wise: {"question": [...], "answer": [...], ...}.
    if (isJsonObject(value) && !Array.isArray(value.data ?? value.rows ?? value.samples)) {
      const lists = Object.entries(value).filter(([, column]) => Array.isArray(column)) as [
        string,
        JsonValue[],
      ][];
      const length = lists[0]?.[1].length ?? 0;
      if (lists.length > 0 && lists.every(([, column]) => column.length === length)) {
        return Array.from({ length }, (_, index) => ({
          line: index + 1,
          row: Object.fromEntries(lists.map(([name, column]) => [name, column[index]])),
        }));
      }
    }
    const list = Array.isArray(value)
      ? value
      : isJsonObject(value)
        ? ((value.data ?? value.rows ?? value.samples) as unknown[] | undefined)
        : undefined;
    if (!Array.isArray(list)) {
      throw inputError(
        'expected an array of samples (or {"data": [...]})',
        { file },
        'wrap the samples in [ ... ]',
      );
    }
    return list.flatMap((row, index) => {
      if (isJsonObject(row)) return [{ line: index + 1, row }];
      collector.add({
        location: { file, line: index + 1 },
        problem: `record ${index + 1}: expected an object`,
      });
      return [];
    });
  }
  const rows: RawRow[] = [];
  for (const { line, columns, fields } of csvTable(text, file, collector)) {
    rows.push({ line, row: Object.fromEntries(columns.map((name, index) => [name, fields[index]])) });
  }
  return rows;
}

/**
 * Parses Ragas-style samples (question, contexts, answer, ground_truth — or the newer user_input,
 * retrieved_contexts, response, reference) from JSONL, JSON or CSV. Every bad row is collected and
 * reported together (file, line, field); nothing is dropped. Gold passages come from
 * `reference_context_ids` when given, else from `reference_contexts` matched by text to the retrieved
 * contexts (a reference context no retrieved context matches becomes a gold id the prompt lacks, its
 * text kept in `goldPassages`).
 */
export function parseRagas(text: string, file: string, format: LoadedRagas['format']): LoadedRagas {
  const collector = new ProblemCollector('INPUT_INVALID');
  const raw = rowsOf(text, file, format, collector);
  const aliasesUsed = new Set<string>();
  const samples: RagasSample[] = [];
  const gold = { fromIds: 0, fromReferenceContexts: 0, none: 0 };
  const seenIds = new Map<string, number>();
  const unknownColumns = new Set<string>();
  for (const { line, row } of raw) {
    for (const key of Object.keys(row))
      if (!(known as readonly string[]).includes(key)) unknownColumns.add(key);
    const pick = (field: keyof typeof columns): unknown => {
      for (const name of columns[field]) {
        const value = row[name];
        if (value === undefined || value === null || (format === 'csv' && value === '')) continue;
        if (name !== columns[field][0]) aliasesUsed.add(`${name} → ${columns[field][0]}`);
        return value;
      }
      return undefined;
    };
    const problem = (field: string, text: string, hint?: string) =>
      collector.add({ location: { file, line, field }, problem: text, hint });
    const before = collector.size;

    const rawId = pick('id');
    const id = typeof rawId === 'string' || typeof rawId === 'number' ? String(rawId) : `row-${line}`;
    const question = pick('question');
    if (typeof question !== 'string' || question.trim() === '')
      problem(
        'question',
        'field "question" (or "user_input") missing or not text',
        'every sample needs its question',
      );
    const answer = pick('answer');
    if (typeof answer !== 'string')
      problem(
        'answer',
        'field "answer" (or "response") missing or not text',
        'offline diagnosis needs the recorded answer of every sample',
      );
    const truth = pick('groundTruth');
    const truths = typeof truth === 'string' ? [truth] : stringList(truth);
    if (truths === undefined || truths.length === 0 || truths.every((entry) => entry.trim() === ''))
      problem(
        'ground_truth',
        'field "ground_truth" (or "reference") missing, empty or not text',
        'every sample needs its reference answer',
      );
    const contextTexts = stringList(pick('contexts'));
    if (contextTexts === undefined)
      problem(
        'contexts',
        'field "contexts" (or "retrieved_contexts") missing or not a list of strings',
        'write ["first passage", "second passage"]',
      );
    const givenIds = pick('contextIds');
    const contextIds = givenIds === undefined ? undefined : stringList(givenIds);
    if (givenIds !== undefined && (contextIds === undefined || contextIds.length !== contextTexts?.length))
      problem('retrieved_context_ids', 'expected one id per retrieved context');
    const referenceIds = pick('referenceContextIds');
    const goldFromIds = referenceIds === undefined ? undefined : stringList(referenceIds);
    if (referenceIds !== undefined && goldFromIds === undefined)
      problem('reference_context_ids', 'expected a list of ids');
    const referenceTexts = pick('referenceContexts');
    const goldTexts = referenceTexts === undefined ? undefined : stringList(referenceTexts);
    if (referenceTexts !== undefined && goldTexts === undefined)
      problem('reference_contexts', 'expected a list of strings');
    const firstLine = seenIds.get(id);
    if (firstLine !== undefined)
      problem(
        'id',
        `duplicate id "${id}" (first used on line ${firstLine})`,
        'give every sample a unique id',
      );
    seenIds.set(id, line);
    if (collector.size > before) continue;

    const contexts = contextTexts!.map((text, index) => ({
      id: contextIds?.[index] ?? `${id}-c${index + 1}`,
      text,
    }));
    let goldIds: string[] | undefined;
    const goldPassages: ContextPassage[] = [];
    if (goldFromIds !== undefined) {
      goldIds = goldFromIds;
      gold.fromIds++;
      // Ids and texts side by side: a gold id the prompt lacks keeps its text for the corpus.
      if (goldTexts !== undefined && goldTexts.length === goldFromIds.length) {
        const contextIdSet = new Set(contexts.map((passage) => passage.id));
        goldFromIds.forEach((goldId, index) => {
          if (!contextIdSet.has(goldId)) goldPassages.push({ id: goldId, text: goldTexts[index]! });
        });
      }
    } else if (goldTexts !== undefined && goldTexts.length > 0) {
      // A reference context matching a retrieved one gets that passage's id; one that matches none gets its own id.
      const contextKeys = contexts.map((passage) => comparableText(passage.text));
      goldIds = goldTexts.map((text, index) => {
        const key = comparableText(text);
        const match = contexts[contextKeys.indexOf(key)];
        if (match !== undefined) return match.id;
        const goldId = `${id}-gold${index + 1}`;
        goldPassages.push({ id: goldId, text });
        return goldId;
      });
      gold.fromReferenceContexts++;
    } else gold.none++;
    samples.push({
      id,
      question: question as string,
      contexts,
      answer: answer as string,
      groundTruth: truths!.length === 1 ? truths![0]! : truths!,
      goldIds,
      goldPassages,
      line,
    });
  }
  if (samples.length === 0 && collector.size === 0) {
    collector.add({
      location: { file },
      problem: 'the file holds no samples',
      hint: 'write one Ragas sample per row',
    });
  }
  collector.throwIfAny();
  if (unknownColumns.size > 0)
    aliasesUsed.add(
      `ignored: ${[...unknownColumns].map((name) => `${name}${didYouMean(name, known)}`).join(', ')}`,
    );
  return { format, samples, gold, notes: [...aliasesUsed] };
}

/** Reads a Ragas file; the format comes from the extension (.jsonl/.ndjson, .json, .csv). */
export function loadRagas(path: string, shownAs: string = path): LoadedRagas {
  const extension = extname(path).slice(1).toLowerCase();
  const format = extension === 'ndjson' ? 'jsonl' : extension;
  if (format !== 'jsonl' && format !== 'json' && format !== 'csv') {
    throw inputError(
      `unknown format "${extension || '(no extension)'}"; expected .jsonl, .json or .csv`,
      { file: shownAs },
      'export the Ragas dataset with to_json/to_csv, or to_pandas().to_json(orient="records", lines=True)',
    );
  }
  return parseRagas(readTextFile(path, shownAs), shownAs, format);
}
