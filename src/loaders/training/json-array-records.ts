import { isUtf8 } from 'node:buffer';
import { closeSync, openSync, readSync } from 'node:fs';
import type { RowProblem } from '../../core/data-audit.js';
import { formatBytes } from './line-reader.js';

/** One element of a top-level JSON array, or why it could not be read. */
export interface JsonArrayRecord {
  /** 1-based position in the array. */
  record: number;
  /** The element's JSON text; undefined when `problem` is set or the record was not wanted. */
  text: string | undefined;
  problem: RowProblem | undefined;
  bytesRead: number;
}

/** Thrown (internally) when the file is not a top-level array; the caller falls back to a whole parse. */
export class NotAnArrayError extends Error {}

const space = (byte: number) => byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;

/**
 * Streams the elements of a top-level JSON array without parsing the whole file: a byte-level
 * scanner tracks strings, escapes and bracket depth, and cuts the text of each element. Works on
 * bytes because every JSON structural character is ASCII (UTF-8 continuation bytes are >= 0x80).
 */
export function* jsonArrayRecords(
  path: string,
  options: { maxRecordBytes: number; wanted?: (record: number) => boolean; chunkBytes?: number },
): Generator<JsonArrayRecord> {
  const chunkBytes = options.chunkBytes ?? 4 * 1024 * 1024;
  const descriptor = openSync(path, 'r');
  try {
    const buffer = Buffer.allocUnsafe(chunkBytes);
    let started = false;
    let finished = false;
    let depth = 0;
    let inString = false;
    let escaped = false;
    let inElement = false;
    let pieces: Buffer[] = [];
    let pieceBytes = 0;
    let oversize = false;
    let record = 0;
    let bytesRead = 0;
    let first = true;
    const emit = (): JsonArrayRecord => {
      record++;
      const result: JsonArrayRecord = { record, text: undefined, problem: undefined, bytesRead };
      if (oversize) {
        result.problem = {
          kind: 'line_too_long',
          detail: `record is ${formatBytes(pieceBytes)}, over the ${formatBytes(options.maxRecordBytes)} limit (audit.max_line_bytes); skipped`,
        };
      } else if (options.wanted === undefined || options.wanted(record)) {
        const bytes = pieces.length === 1 ? pieces[0]! : Buffer.concat(pieces);
        if (isUtf8(bytes)) result.text = bytes.toString('utf8');
        else result.problem = { kind: 'not_utf8', detail: 'the record is not valid UTF-8' };
      }
      pieces = [];
      pieceBytes = 0;
      oversize = false;
      inElement = false;
      return result;
    };
    const keep = (chunk: Buffer, from: number, to: number) => {
      if (to <= from) return;
      pieceBytes += to - from;
      if (pieceBytes > options.maxRecordBytes) {
        oversize = true;
        pieces = [];
        return;
      }
      if (!oversize) pieces.push(Buffer.from(chunk.subarray(from, to)));
    };
    for (;;) {
      const read = readSync(descriptor, buffer, 0, chunkBytes, null);
      if (read === 0) break;
      bytesRead += read;
      let index = 0;
      if (first && read >= 3 && buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) index = 3;
      first = false;
      let elementStart = inElement ? 0 : -1;
      for (; index < read && !finished; index++) {
        const byte = buffer[index]!;
        if (!started) {
          if (space(byte)) continue;
          if (byte !== 0x5b) throw new NotAnArrayError('not a top-level array');
          started = true;
          continue;
        }
        if (!inElement) {
          if (space(byte) || byte === 0x2c) continue;
          if (byte === 0x5d) {
            finished = true;
            break;
          }
          inElement = true;
          elementStart = index;
          depth = 0;
        }
        if (inString) {
          if (escaped) escaped = false;
          else if (byte === 0x5c) escaped = true;
          else if (byte === 0x22) inString = false;
          continue;
        }
        if (byte === 0x22) inString = true;
        else if (byte === 0x7b || byte === 0x5b) depth++;
        else if (byte === 0x7d || byte === 0x5d) {
          if (depth === 0) {
            // `]` closing the array right after a scalar element.
            keep(buffer, elementStart, index);
            yield emit();
            finished = true;
            break;
          }
          depth--;
          if (depth === 0) {
            keep(buffer, elementStart, index + 1);
            yield emit();
            elementStart = -1;
          }
        } else if (byte === 0x2c && depth === 0) {
          keep(buffer, elementStart, index);
          yield emit();
          elementStart = -1;
        }
      }
      if (inElement && elementStart !== -1) keep(buffer, elementStart, read);
      if (finished) break;
    }
    if (!started) throw new NotAnArrayError('empty file');
    if (inElement) {
      const last = emit();
      if (last.problem === undefined) {
        last.problem = { kind: 'not_json', detail: 'the array ends in the middle of this record' };
        last.text = undefined;
      }
      yield last;
    }
  } finally {
    closeSync(descriptor);
  }
}
