import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import type { TrainingFileFormat } from '../../core/data-audit.js';
import { FixfirstError } from '../../core/errors.js';
import { isJsonObject } from '../../core/json.js';
import { readTextFile } from '../read-text.js';
import { jsonArrayRecords, NotAnArrayError } from './json-array-records.js';
import { openParquet } from './parquet-rows.js';

/** What was written. */
export interface WriteSummary {
  kept: number;
  dropped: number;
}

/** Buffered appends to a file descriptor. */
class Output {
  private readonly descriptor: number;
  private readonly pending: Buffer[] = [];
  private pendingBytes = 0;

  constructor(path: string) {
    this.descriptor = openSync(path, 'w');
  }

  write(bytes: Uint8Array | string): void {
    const buffer =
      typeof bytes === 'string'
        ? Buffer.from(bytes)
        : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.pending.push(Buffer.from(buffer));
    this.pendingBytes += buffer.length;
    if (this.pendingBytes >= 1 << 20) this.flush();
  }

  private flush(): void {
    if (this.pendingBytes === 0) return;
    writeSync(this.descriptor, Buffer.concat(this.pending));
    this.pending.length = 0;
    this.pendingBytes = 0;
  }

  close(): void {
    this.flush();
    closeSync(this.descriptor);
  }
}

function isBlank(bytes: Buffer): boolean {
  for (const byte of bytes) if (byte !== 0x20 && byte !== 0x09 && byte !== 0x0d) return false;
  return true;
}

/**
 * Copies the records of a line-based file byte for byte, without decoding: JSONL (a record per
 * line) or CSV (a record may span lines; it ends where its count of quote bytes is even, and the
 * header is always kept). Row numbers are the same as the loader's (1-based line of the record's
 * first line). Blank lines are dropped.
 */
function copyLineRecords(
  input: string,
  output: Output,
  drop: ReadonlySet<number>,
  csv: boolean,
): WriteSummary {
  const descriptor = openSync(input, 'r');
  const buffer = Buffer.allocUnsafe(4 * 1024 * 1024);
  let line = 1;
  let recordStart = 1;
  let recordLines: Buffer[] = [];
  let quotes = 0;
  let headerDone = !csv;
  let kept = 0;
  let dropped = 0;
  let current: Buffer[] = [];
  const endLine = (tail: Buffer) => {
    const bytes = current.length > 0 ? Buffer.concat([...current, tail]) : Buffer.from(tail);
    current = [];
    if (recordLines.length === 0) {
      if (isBlank(bytes)) {
        line++;
        return;
      }
      recordStart = line;
    }
    recordLines.push(bytes);
    if (csv) for (const byte of bytes) if (byte === 0x22) quotes++;
    line++;
    if (csv && quotes % 2 === 1) return;
    const isHeader = !headerDone;
    headerDone = true;
    if (isHeader || !drop.has(recordStart)) {
      for (const piece of recordLines) {
        output.write(piece);
        output.write('\n');
      }
      if (!isHeader) kept++;
    } else dropped++;
    recordLines = [];
    quotes = 0;
  };
  try {
    for (;;) {
      const read = readSync(descriptor, buffer, 0, buffer.length, null);
      if (read === 0) break;
      let start = 0;
      for (;;) {
        const end = buffer.indexOf(0x0a, start);
        if (end === -1 || end >= read) break;
        endLine(buffer.subarray(start, end));
        start = end + 1;
      }
      if (start < read) current.push(Buffer.from(buffer.subarray(start, read)));
    }
    if (current.length > 0) endLine(Buffer.alloc(0));
    if (recordLines.length > 0) {
      // An unclosed quote at the end: the record is broken (the audit reported it); keep it as is unless dropped.
      if (!drop.has(recordStart)) {
        for (const piece of recordLines) {
          output.write(piece);
          output.write('\n');
        }
        kept++;
      } else dropped++;
    }
  } finally {
    closeSync(descriptor);
  }
  return { kept, dropped };
}

/** Copies the kept elements of a JSON array (their text as written), or of a list wrapped in an object. */
function copyJsonRecords(
  input: string,
  shownAs: string,
  output: Output,
  drop: ReadonlySet<number>,
  maxRecordBytes: number,
): WriteSummary {
  let kept = 0;
  let dropped = 0;
  try {
    output.write('[');
    for (const record of jsonArrayRecords(input, { maxRecordBytes })) {
      if (drop.has(record.record) || record.text === undefined) {
        dropped++;
        continue;
      }
      output.write(kept === 0 ? '\n  ' : ',\n  ');
      output.write(record.text);
      kept++;
    }
    output.write(kept === 0 ? ']\n' : '\n]\n');
    return { kept, dropped };
  } catch (error) {
    if (!(error instanceof NotAnArrayError)) throw error;
  }
  const value: unknown = JSON.parse(readTextFile(input, shownAs));
  const key = isJsonObject(value)
    ? ['data', 'rows', 'items', 'examples', 'train'].find((name) => Array.isArray(value[name]))
    : undefined;
  const list = key === undefined ? [value] : ((value as Record<string, unknown>)[key] as unknown[]);
  const keptRecords = list.filter((_, index) => !drop.has(index + 1));
  const result =
    key === undefined ? keptRecords : { ...(value as Record<string, unknown>), [key]: keptRecords };
  output.write(`${JSON.stringify(result, null, 2)}\n`);
  return { kept: keptRecords.length, dropped: list.length - keptRecords.length };
}

/** Rewrites a Parquet file without the dropped rows, with the input's own schema, one row group at a time. */
async function copyParquetRecords(
  input: string,
  shownAs: string,
  outputPath: string,
  drop: ReadonlySet<number>,
): Promise<WriteSummary> {
  const table = await openParquet(input, shownAs);
  const { ParquetWriter, fileWriter } = await import('hyparquet-writer');
  const writer = new ParquetWriter({
    writer: fileWriter(outputPath),
    schema: table.schema as ConstructorParameters<typeof ParquetWriter>[0]['schema'],
    createdBy: 'fixfirst clean',
  });
  let kept = 0;
  let dropped = 0;
  const pending: Promise<void>[] = [];
  await table.forEachGroup((rows, firstRow) => {
    const keptRows = rows.filter((_, index) => !drop.has(firstRow + index));
    dropped += rows.length - keptRows.length;
    kept += keptRows.length;
    if (keptRows.length === 0) return true;
    const written = writer.write({
      columnData: table.columns.map((name) => ({ name, data: keptRows.map((row) => row[name]) as never })),
      rowGroupSize: keptRows.length,
    });
    if (written instanceof Promise) pending.push(written);
    return true;
  });
  await Promise.all(pending);
  await writer.finish();
  return { kept, dropped };
}

/**
 * Writes the training set without the dropped rows, in the input's own format. Kept rows are
 * copied as they are (JSONL and CSV byte for byte, JSON elements as written, Parquet with the
 * input schema). Never touches the input.
 */
export async function writeWithoutRows(options: {
  input: string;
  shownAs: string;
  fileFormat: TrainingFileFormat;
  output: string;
  drop: ReadonlySet<number>;
  maxRecordBytes: number;
}): Promise<WriteSummary> {
  const { input, output, drop, fileFormat } = options;
  try {
    if (fileFormat === 'parquet') return await copyParquetRecords(input, options.shownAs, output, drop);
    const sink = new Output(output);
    try {
      if (fileFormat === 'json')
        return copyJsonRecords(input, options.shownAs, sink, drop, options.maxRecordBytes);
      return copyLineRecords(input, sink, drop, fileFormat === 'csv');
    } finally {
      sink.close();
    }
  } catch (error) {
    if (FixfirstError.isInstance(error)) throw error;
    throw new FixfirstError('INPUT_INVALID', `cannot write the cleaned file (${(error as Error).message})`, {
      location: { file: output },
      hint: 'choose an output path in a folder you can write to',
      cause: error,
    });
  }
}
