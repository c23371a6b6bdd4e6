import type { RowProblem } from '../../core/data-audit.js';
import { parseCsv } from '../csv.js';
import type { TextLine } from './line-reader.js';

/** One CSV record (a quoted field may span lines), or why it could not be read. */
export interface CsvLineRecord {
  /** 1-based line the record starts on. */
  line: number;
  fields: string[] | undefined;
  problem: RowProblem | undefined;
  bytesRead: number;
}

function countQuotes(text: string): number {
  let count = 0;
  let index = text.indexOf('"');
  while (index !== -1) {
    count++;
    index = text.indexOf('"', index + 1);
  }
  return count;
}

/**
 * Groups streamed lines into CSV records: a record ends where its count of double quotes is even
 * (RFC 4180: quotes inside a field are doubled, so parity tells whether a field is still open).
 * Each record is then parsed on its own, so one broken record does not stop the file.
 */
export function* csvRecords(
  lines: Iterable<TextLine>,
  file: string,
  maxRecordBytes: number,
): Generator<CsvLineRecord> {
  let pending: string[] = [];
  let pendingLength = 0;
  let pendingStart = 0;
  let pendingProblem: RowProblem | undefined;
  let quotes = 0;
  let bytesRead = 0;
  const flush = (): CsvLineRecord => {
    const line = pendingStart;
    const text = pending.join('\n');
    const problem = pendingProblem;
    pending = [];
    pendingLength = 0;
    pendingProblem = undefined;
    quotes = 0;
    if (problem !== undefined) return { line, fields: undefined, problem, bytesRead };
    try {
      const records = [...parseCsv(text, file)];
      return { line, fields: records[0]?.fields ?? [''], problem: undefined, bytesRead };
    } catch (error) {
      return {
        line,
        fields: undefined,
        problem: { kind: 'bad_csv', detail: (error as Error).message },
        bytesRead,
      };
    }
  };
  for (const entry of lines) {
    bytesRead = entry.bytesRead;
    if (pending.length === 0 && pendingProblem === undefined) pendingStart = entry.line;
    if (entry.problem !== undefined) {
      // A record with an unreadable line is reported whole; a line that cannot be read leaves the
      // quote state unknown, so the record ends here.
      if (pending.length > 0 || pendingProblem !== undefined) {
        pendingProblem ??= entry.problem;
        yield flush();
        continue;
      }
      yield { line: entry.line, fields: undefined, problem: entry.problem, bytesRead };
      continue;
    }
    const text = entry.text ?? '';
    if (pending.length === 0 && text.trim() === '') continue;
    pending.push(text);
    pendingLength += text.length;
    quotes += countQuotes(text);
    if (quotes % 2 === 0) {
      yield flush();
    } else if (pendingLength > maxRecordBytes) {
      pendingProblem = {
        kind: 'line_too_long',
        detail: 'a quoted field runs past audit.max_line_bytes (a quote that never closes?)',
      };
      yield flush();
    }
  }
  if (pending.length > 0 || pendingProblem !== undefined) {
    if (pendingProblem === undefined && quotes % 2 === 1) {
      pendingProblem = {
        kind: 'bad_csv',
        detail: 'a quoted field never closes; close the quote, or double any quote inside the field ("")',
      };
    }
    yield flush();
  }
}
