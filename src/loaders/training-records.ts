import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { FixfirstError, inputError } from '../core/errors.js';
import { didYouMean } from '../core/suggest.js';
import { parseCsv } from './csv.js';
import { nonBlankLines, readTextFile } from './read-text.js';

/** Training-set file formats read for token counting. */
export const trainingFileFormats = ['jsonl', 'json', 'csv', 'parquet'] as const;

/** Raw training rows, as parsed, with the rows that could not be read. */
export interface TrainingRecords {
  format: (typeof trainingFileFormats)[number];
  records: unknown[];
  /** Lines that were not JSON (JSONL only): counted, skipped, reported by the data audit. */
  unreadable: number;
}

/** How the user names the training file and its format, for hints: a fixfirst.yaml key or flags. */
export interface TrainingSetSettings {
  /** How to fix the path, e.g. "check the --train path". */
  path: string;
  /** How to give the format, e.g. "pass --train-format jsonl (or json, csv, parquet)". */
  format: string;
}

const fromConfig: TrainingSetSettings = {
  path: 'check the `train:` path in fixfirst.yaml (relative to the project folder)',
  format: 'rename the file, or set `train: {path: ..., format: jsonl}` in fixfirst.yaml',
};

/**
 * Reads a training set as raw rows, only to count its tokens for Q3: JSONL, a JSON array (or an
 * object with a `data`/`rows`/`examples` array), CSV with a header row (rows become objects), or
 * Parquet. It does not validate rows — that is the data audit's job — and skips lines that are
 * not JSON, counting them.
 */
export async function readTrainingRecords(
  path: string,
  shownAs: string,
  format?: string,
  settings: TrainingSetSettings = fromConfig,
): Promise<TrainingRecords> {
  if (existsSync(path) && statSync(path).isDirectory()) {
    throw inputError('is a folder, not a training file', { file: shownAs }, settings.path);
  }
  const wanted = (format ?? extname(path).slice(1)).toLowerCase().replace(/^ndjson$/, 'jsonl');
  if (!(trainingFileFormats as readonly string[]).includes(wanted)) {
    const expected = `expected one of ${trainingFileFormats.join(', ')}`;
    throw inputError(
      wanted === ''
        ? `cannot tell the training-set format: the file has no extension; ${expected}`
        : `unknown training-set format "${wanted}"; ${expected}.${didYouMean(wanted, trainingFileFormats)}`,
      { file: shownAs },
      settings.format,
    );
  }
  if (wanted === 'parquet') {
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch (error) {
      throw new FixfirstError('FILE_NOT_FOUND', 'cannot read the training set', {
        location: { file: shownAs },
        hint: settings.path,
        cause: error,
      });
    }
    const { parquetReadObjects } = await import('hyparquet');
    const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    try {
      return { format: 'parquet', records: await parquetReadObjects({ file }), unreadable: 0 };
    } catch (error) {
      throw inputError(
        `not a readable Parquet file (${(error as Error).message})`,
        { file: shownAs },
        undefined,
        error,
      );
    }
  }
  const text = readTextFile(path, shownAs);
  if (wanted === 'csv') {
    const [header, ...rows] = [...parseCsv(text, shownAs)];
    if (header === undefined) return { format: 'csv', records: [], unreadable: 0 };
    const records = rows.map((row) =>
      Object.fromEntries(header.fields.map((name, index) => [name, row.fields[index] ?? ''])),
    );
    return { format: 'csv', records, unreadable: 0 };
  }
  if (wanted === 'json') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      throw inputError(
        `not valid JSON (${(error as Error).message})`,
        { file: shownAs },
        'a JSON training set is an array of rows',
        error,
      );
    }
    const container = parsed as Record<string, unknown> | null;
    const rows = Array.isArray(parsed)
      ? parsed
      : [container?.data, container?.rows, container?.examples].find((value) => Array.isArray(value));
    if (!Array.isArray(rows)) {
      throw inputError(
        'expected an array of rows',
        { file: shownAs },
        'a JSON training set is an array of rows (or {"data": [...]})',
      );
    }
    return { format: 'json', records: rows, unreadable: 0 };
  }
  const records: unknown[] = [];
  let unreadable = 0;
  for (const [, line] of nonBlankLines(text)) {
    try {
      records.push(JSON.parse(line));
    } catch {
      unreadable++;
    }
  }
  return { format: 'jsonl', records, unreadable };
}
