import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import {
  type RowProblem,
  type RowSource,
  type SourceRow,
  type TrainingFileFormat,
  type TrainingFormat,
  trainingFileFormats,
  trainingFormats,
} from '../../core/data-audit.js';
import { FixfirstError, usageError } from '../../core/errors.js';
import { isJsonObject, type JsonObject } from '../../core/json.js';
import { didYouMean } from '../../core/suggest.js';
import { openInputFile, readTextFile } from '../read-text.js';
import { csvRecords } from './csv-records.js';
import { jsonArrayRecords, NotAnArrayError } from './json-array-records.js';
import { readLines } from './line-reader.js';
import { openParquet, type ParquetTable, parquetValueToJson } from './parquet-rows.js';
import { findRecordFormat, recordFormats } from './record-formats.js';

/** Options of one scan over the file. */
export interface ScanOptions {
  /** Read only these rows (others are skipped without parsing). Default: all. */
  only?: ReadonlySet<number>;
  /** Called now and then with the share of the file read (0..1). */
  onProgress?: (fraction: number) => void;
}

/** A training set opened for streaming: detected formats, and scans over its rows. */
export interface TrainingSource extends RowSource {
  /** Path as the user wrote it. */
  file: string;
  fileFormat: TrainingFileFormat;
  /** Undefined when no row looks like a known format. */
  recordFormat: TrainingFormat | undefined;
  /** How the record format was chosen: `detected` from the first rows, or `given` (--format). */
  formatOrigin: 'detected' | 'given';
  /** Top-level keys (or CSV/Parquet columns) seen in the first rows, for messages. */
  keysSeen: string[];
  totalBytes: number;
  /** Streams every row (or only some) through `visit`, in file order. */
  scan(visit: (row: SourceRow) => void, options?: ScanOptions): Promise<void>;
}

/** A `--format` value split into its file and record parts (`jsonl`, `alpaca`, `csv,alpaca`). */
export interface FormatOverride {
  file?: TrainingFileFormat;
  record?: TrainingFormat;
}

/** Names accepted for record formats besides their ids. */
const recordAliases: Record<string, TrainingFormat> = {
  openai: 'chat',
  messages: 'chat',
  'openai-chat': 'chat',
  'prompt-completion': 'prompt_completion',
  completion: 'prompt_completion',
  dolly: 'alpaca',
};

/** Parses `--format` / `train: {format}`: a file format, a record format, or both (comma-separated). */
export function parseFormatOverride(text: string | undefined, where = '--format'): FormatOverride {
  const result: FormatOverride = {};
  if (text === undefined || text.trim() === '') return result;
  for (const raw of text.split(/[,+]/)) {
    const part = raw.trim().toLowerCase();
    if (part === 'ndjson') result.file = 'jsonl';
    else if ((trainingFileFormats as readonly string[]).includes(part))
      result.file = part as TrainingFileFormat;
    else if ((trainingFormats as readonly string[]).includes(part)) result.record = part as TrainingFormat;
    else if (recordAliases[part] !== undefined) result.record = recordAliases[part];
    else {
      const known = [...trainingFileFormats, ...trainingFormats];
      throw usageError(
        `${where}: unknown format "${part}".${didYouMean(part, known)}`,
        `use a file format (${trainingFileFormats.join(', ')}), a record format (${trainingFormats.join(', ')}), or both: "csv,alpaca"`,
      );
    }
  }
  return result;
}

const sniffBytes = 8;

/** File format from the extension, else from the first bytes. */
function detectFileFormat(path: string): TrainingFileFormat {
  const extension = extname(path).slice(1).toLowerCase();
  if (extension === 'ndjson' || extension === 'jsonl') return 'jsonl';
  if (extension === 'json') return 'json';
  if (extension === 'csv') return 'csv';
  if (extension === 'parquet' || extension === 'pq') return 'parquet';
  const descriptor = openSync(path, 'r');
  const head = Buffer.alloc(sniffBytes);
  const read = readSync(descriptor, head, 0, sniffBytes, 0);
  closeSync(descriptor);
  if (read >= 4 && head.subarray(0, 4).toString('latin1') === 'PAR1') return 'parquet';
  const first = head
    .subarray(0, read)
    .toString('latin1')
    .replace(/^\uFEFF|^\xEF\xBB\xBF/, '')
    .trimStart()[0];
  if (first === '[') return 'json';
  if (first === '{') return 'jsonl';
  return 'csv';
}

/** Options to open a training set. */
export interface OpenTrainingOptions {
  /** Absolute (or cwd-relative) path. */
  path: string;
  /** As the user wrote it, for messages. */
  shownAs: string;
  override?: FormatOverride;
  /** Longest JSONL line / CSV record / JSON record read; longer ones are reported and skipped. */
  maxLineBytes: number;
}

/** Rows read to detect the record format. */
const detectionRows = 200;

/**
 * Opens a training set for streaming. Only an unreadable file (missing, a folder, not Parquet)
 * throws; problems inside rows become row problems that the audit reports as findings.
 */
export async function openTrainingSet(options: OpenTrainingOptions): Promise<TrainingSource> {
  const { path, shownAs } = options;
  // Opened once up front so that a missing or unreadable file fails before any work starts.
  const opened = openInputFile(path, shownAs, {
    missing: 'check the path of the training set',
    folder: 'name the training file (JSONL, JSON, CSV or Parquet)',
    unreadable: 'check the file permissions',
  });
  closeSync(opened.descriptor);
  const totalBytes = opened.size;
  const fileFormat = options.override?.file ?? detectFileFormat(path);
  let parquet: ParquetTable | undefined;
  if (fileFormat === 'parquet') parquet = await openParquet(path, shownAs);
  const reader = new RecordReader(path, shownAs, fileFormat, options.maxLineBytes, parquet);
  if (fileFormat === 'json') await reader.prepareJson();

  // Detect the record format from the first rows (or take the one given).
  const counts = new Map<TrainingFormat, number>();
  const keys = new Set<string>();
  await reader.forEachRecord(
    (_row, record) => {
      if (record === undefined) return true;
      for (const key of Object.keys(record)) keys.add(key);
      for (const format of recordFormats) {
        if (format.matches(record)) {
          counts.set(format.id, (counts.get(format.id) ?? 0) + 1);
          break;
        }
      }
      return true;
    },
    { limit: detectionRows },
  );
  for (const column of reader.columns) keys.add(column);
  let recordFormat = options.override?.record;
  const formatOrigin = recordFormat === undefined ? 'detected' : 'given';
  if (recordFormat === undefined) {
    let best = 0;
    for (const format of recordFormats) {
      const count = counts.get(format.id) ?? 0;
      if (count > best) {
        best = count;
        recordFormat = format.id;
      }
    }
  }
  const chosen = recordFormat === undefined ? undefined : findRecordFormat(recordFormat);
  return {
    file: shownAs,
    fileFormat,
    recordFormat,
    formatOrigin,
    keysSeen: [...keys].slice(0, 30),
    totalBytes,
    async scan(visit, scanOptions = {}) {
      const only = scanOptions.only;
      let seen = 0;
      await reader.forEachRecord(
        (row, record, problem, fraction) => {
          seen++;
          if (scanOptions.onProgress !== undefined && (seen & 4095) === 0) scanOptions.onProgress(fraction);
          if (only !== undefined && !only.has(row)) return true;
          if (problem !== undefined) {
            visit({ row, example: undefined, problems: [problem] });
            return true;
          }
          const object = record!;
          if (chosen === undefined) {
            visit({
              row,
              example: undefined,
              problems: [
                { kind: 'unknown_format', detail: `fields ${Object.keys(object).join(', ') || '(none)'}` },
              ],
            });
            return true;
          }
          if (!chosen.matches(object)) {
            const other = recordFormats.find((format) => format.matches(object));
            if (other !== undefined) {
              visit({
                row,
                example: undefined,
                problems: [
                  {
                    kind: 'mixed_format',
                    detail: `this row is ${other.id} (${other.fields}) but the file is ${chosen.id}`,
                  },
                ],
              });
              return true;
            }
          }
          const result = chosen.normalise(object, row);
          if (Array.isArray(result)) visit({ row, example: undefined, problems: result });
          else visit({ row, example: result, problems: [] });
          return true;
        },
        { only },
      );
      scanOptions.onProgress?.(1);
    },
  };
}

type RecordVisitor = (
  row: number,
  record: JsonObject | undefined,
  problem: RowProblem | undefined,
  fraction: number,
) => boolean;

/** Reads raw records of one file format as JSON objects, with row numbers and row-level problems. */
class RecordReader {
  /** Header (CSV) or columns (Parquet); empty for JSON formats. */
  columns: string[] = [];
  private wholeJson: unknown[] | undefined;

  constructor(
    private readonly path: string,
    private readonly shownAs: string,
    private readonly fileFormat: TrainingFileFormat,
    private readonly maxLineBytes: number,
    private readonly parquet: ParquetTable | undefined,
  ) {
    if (parquet !== undefined) this.columns = parquet.columns;
  }

  /** A JSON file that is not a top-level array is parsed whole (an object wrapping a list). */
  async prepareJson(): Promise<void> {
    try {
      for (const _ of jsonArrayRecords(this.path, { maxRecordBytes: this.maxLineBytes, wanted: () => false }))
        break;
    } catch (error) {
      if (!(error instanceof NotAnArrayError)) throw error;
      this.wholeJson = this.readWrappedJson();
    }
  }

  private readWrappedJson(): unknown[] {
    let value: unknown;
    try {
      value = JSON.parse(readTextFile(this.path, this.shownAs));
    } catch (error) {
      if (FixfirstError.isInstance(error)) throw error;
      throw new FixfirstError('INPUT_INVALID', `not valid JSON (${(error as Error).message})`, {
        location: { file: this.shownAs },
        hint: 'a .json training set is one array of records; for one record per line use .jsonl',
      });
    }
    if (isJsonObject(value)) {
      for (const key of ['data', 'rows', 'items', 'examples', 'train']) {
        if (Array.isArray(value[key])) return value[key] as unknown[];
      }
      return [value];
    }
    throw new FixfirstError('INPUT_INVALID', 'expected an array of records', {
      location: { file: this.shownAs },
      hint: 'wrap the records in [ ... ]',
    });
  }

  /** Visits records in order; `visit` returns false to stop early. */
  async forEachRecord(
    visit: RecordVisitor,
    options: { limit?: number; only?: ReadonlySet<number> },
  ): Promise<void> {
    const limit = options.limit ?? Number.POSITIVE_INFINITY;
    const only = options.only;
    const wanted = only === undefined ? undefined : (row: number) => only.has(row);
    let count = 0;
    const parseJson = (text: string): { record?: JsonObject; problem?: RowProblem } => {
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (error) {
        return { problem: { kind: 'not_json', detail: `not valid JSON (${(error as Error).message})` } };
      }
      if (!isJsonObject(value)) {
        return {
          problem: {
            kind: 'data_type',
            detail: `expected an object, got ${Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value}`,
          },
        };
      }
      return { record: value };
    };
    const fraction = (bytes: number) => (this.totalBytes() > 0 ? bytes / this.totalBytes() : 1);
    if (this.fileFormat === 'jsonl') {
      for (const line of readLines(this.path, { maxLineBytes: this.maxLineBytes, wanted })) {
        if (count++ >= limit) return;
        if (line.problem !== undefined) {
          if (!visit(line.line, undefined, line.problem, fraction(line.bytesRead))) return;
          continue;
        }
        if (line.text === undefined) {
          visit(line.line, undefined, undefined, fraction(line.bytesRead));
          continue;
        }
        const parsed = parseJson(line.text);
        if (!visit(line.line, parsed.record, parsed.problem, fraction(line.bytesRead))) return;
      }
      return;
    }
    if (this.fileFormat === 'json') {
      if (this.wholeJson !== undefined) {
        for (const [index, value] of this.wholeJson.entries()) {
          if (count++ >= limit) return;
          const row = index + 1;
          if (wanted !== undefined && !wanted(row)) {
            visit(row, undefined, undefined, 1);
            continue;
          }
          const problem: RowProblem | undefined = isJsonObject(value)
            ? undefined
            : {
                kind: 'data_type',
                detail: `expected an object, got ${Array.isArray(value) ? 'an array' : typeof value}`,
              };
          if (
            !visit(
              row,
              problem ? undefined : (value as JsonObject),
              problem,
              (index + 1) / this.wholeJson.length,
            )
          )
            return;
        }
        return;
      }
      for (const entry of jsonArrayRecords(this.path, { maxRecordBytes: this.maxLineBytes, wanted })) {
        if (count++ >= limit) return;
        if (entry.problem !== undefined) {
          if (!visit(entry.record, undefined, entry.problem, fraction(entry.bytesRead))) return;
          continue;
        }
        if (entry.text === undefined) {
          visit(entry.record, undefined, undefined, fraction(entry.bytesRead));
          continue;
        }
        const parsed = parseJson(entry.text);
        if (!visit(entry.record, parsed.record, parsed.problem, fraction(entry.bytesRead))) return;
      }
      return;
    }
    if (this.fileFormat === 'csv') {
      const lines = readLines(this.path, { maxLineBytes: this.maxLineBytes, keepBlank: true });
      let header: string[] | undefined;
      for (const record of csvRecords(lines, this.shownAs, this.maxLineBytes)) {
        if (header === undefined) {
          if (record.fields === undefined) {
            throw new FixfirstError(
              'INPUT_INVALID',
              `cannot read the CSV header (${record.problem?.detail})`,
              {
                location: { file: this.shownAs, line: record.line },
                hint: 'the first line must name the columns, e.g. instruction,input,output',
              },
            );
          }
          header = record.fields.map((name) => name.trim());
          this.columns = header;
          continue;
        }
        if (count++ >= limit) return;
        if (wanted !== undefined && !wanted(record.line)) {
          visit(record.line, undefined, undefined, fraction(record.bytesRead));
          continue;
        }
        if (record.fields === undefined) {
          if (!visit(record.line, undefined, record.problem, fraction(record.bytesRead))) return;
          continue;
        }
        if (record.fields.length !== header.length) {
          const problem = {
            kind: 'ragged_row',
            detail: `${record.fields.length} cells but the header has ${header.length} (quote cells that contain commas)`,
          };
          if (!visit(record.line, undefined, problem, fraction(record.bytesRead))) return;
          continue;
        }
        const object: JsonObject = {};
        for (const [index, column] of header.entries()) object[column] = record.fields[index]!;
        if (!visit(record.line, object, undefined, fraction(record.bytesRead))) return;
      }
      return;
    }
    const parquet = this.parquet!;
    await parquet.forEachGroup((rows, firstRow) => {
      for (const [index, raw] of rows.entries()) {
        if (count++ >= limit) return false;
        const row = firstRow + index;
        if (wanted !== undefined && !wanted(row)) {
          visit(row, undefined, undefined, row / parquet.rows);
          continue;
        }
        if (!visit(row, parquetValueToJson(raw) as JsonObject, undefined, row / parquet.rows)) return false;
      }
      return true;
    });
  }

  private size: number | undefined;
  private totalBytes(): number {
    this.size ??= statSync(this.path).size;
    return this.size;
  }
}
