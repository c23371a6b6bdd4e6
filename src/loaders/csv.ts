import { inputError, type ProblemCollector } from '../core/errors.js';

/** One CSV record with the 1-based line it starts on. */
export interface CsvRecord {
  line: number;
  fields: string[];
}

/**
 * Parses RFC 4180 CSV: comma-separated, double-quoted fields may hold commas, quotes (doubled) and
 * newlines; LF or CRLF line ends. Blank lines are skipped. A quote that never closes is an error
 * naming the line where the field began.
 */
export function* parseCsv(text: string, file: string, delimiter = ','): Generator<CsvRecord> {
  let index = 0;
  let line = 1;
  const length = text.length;
  while (index < length) {
    const recordLine = line;
    const fields: string[] = [];
    let field = '';
    let atFieldStart = true;
    let endOfRecord = false;
    while (index < length && !endOfRecord) {
      const char = text[index]!;
      if (atFieldStart && char === '"') {
        const quoteLine = line;
        index++;
        let closed = false;
        while (index < length) {
          const inner = text[index]!;
          if (inner === '"') {
            if (text[index + 1] === '"') {
              field += '"';
              index += 2;
              continue;
            }
            index++;
            closed = true;
            break;
          }
          if (inner === '\n') line++;
          field += inner;
          index++;
        }
        if (!closed) {
          throw inputError(
            'a quoted field never closes',
            { file, line: quoteLine },
            'close the quote, or double any quote inside the field ("")',
          );
        }
        atFieldStart = false;
        continue;
      }
      if (char === delimiter) {
        fields.push(field);
        field = '';
        atFieldStart = true;
        index++;
      } else if (char === '\n' || char === '\r') {
        if (char === '\r' && text[index + 1] === '\n') index++;
        index++;
        line++;
        endOfRecord = true;
      } else {
        field += char;
        atFieldStart = false;
        index++;
      }
    }
    fields.push(field);
    if (fields.length === 1 && fields[0] === '') continue;
    yield { line: recordLine, fields };
  }
}

/** A CSV data row with the header's column names beside its cells. */
export interface CsvTableRow {
  line: number;
  columns: readonly string[];
  fields: string[];
}

/**
 * The rows of a CSV file with a header line (names trimmed). A row whose cell count differs from
 * the header's is reported to `collector` with its line and skipped, so every such row is named at
 * once.
 */
export function* csvTable(text: string, file: string, collector: ProblemCollector): Generator<CsvTableRow> {
  const records = parseCsv(text, file);
  const header = records.next();
  if (header.done) return;
  const columns = header.value.fields.map((name) => name.trim());
  for (const record of records) {
    if (record.fields.length !== columns.length) {
      collector.add({
        location: { file, line: record.line },
        problem: `row has ${record.fields.length} cells but the header has ${columns.length}`,
        hint: 'quote cells that contain commas or line breaks ("a, b")',
      });
      continue;
    }
    yield { line: record.line, columns, fields: record.fields };
  }
}
