import { isUtf8 } from 'node:buffer';
import { closeSync, openSync, readSync } from 'node:fs';
import type { RowProblem } from '../../core/data-audit.js';

/** One non-blank line of a text file, or why it could not be read. */
export interface TextLine {
  /** 1-based line number. */
  line: number;
  /** The decoded text without its line ending; undefined when `problem` is set or the line was not wanted. */
  text: string | undefined;
  problem: RowProblem | undefined;
  /** Bytes read so far (for progress). */
  bytesRead: number;
}

/** Options for reading lines. */
export interface ReadLinesOptions {
  /** A longer line is reported (`line_too_long`) and skipped without being held in memory. */
  maxLineBytes: number;
  /** Lines to decode; others are still counted but not decoded (fast rereads). Default: all. */
  wanted?: (line: number) => boolean;
  /** Read buffer size in bytes. */
  chunkBytes?: number;
  /** Also yield blank lines (CSV: a quoted field may hold an empty line). */
  keepBlank?: boolean;
}

const newline = 0x0a;

/**
 * Read buffers returned by finished readers, by size. Allocating a fresh multi-megabyte buffer per
 * pass cost 15-20 ms each (V8 counts it as external memory and collects garbage early), and an
 * audit reads a file two or three times; reusing one keeps the same chunk size, so the same bytes
 * are read per chunk and the progress (and the token sample drawn from it) is unchanged.
 */
const spareBuffers = new Map<number, Buffer[]>();

function takeBuffer(size: number): Buffer {
  return spareBuffers.get(size)?.pop() ?? Buffer.allocUnsafe(size);
}

function giveBack(buffer: Buffer): void {
  const spare = spareBuffers.get(buffer.length) ?? [];
  if (spare.length < 2) spare.push(buffer);
  spareBuffers.set(buffer.length, spare);
}

/**
 * Streams the non-blank lines of a file without loading it whole: a fixed read buffer, lines
 * split on LF (CRLF accepted), each line checked for valid UTF-8 on its own so one bad line is
 * reported with its number and the rest is still read. A byte-order mark on line 1 is dropped.
 */
export function* readLines(path: string, options: ReadLinesOptions): Generator<TextLine> {
  const chunkBytes = options.chunkBytes ?? 4 * 1024 * 1024;
  const descriptor = openSync(path, 'r');
  const buffer = takeBuffer(chunkBytes);
  try {
    /** Pieces of the current line that started in earlier chunks. */
    let carried: Buffer[] = [];
    let carriedBytes = 0;
    /** The current line is over the limit: drop bytes until its end. */
    let skipping = false;
    let line = 1;
    let bytesRead = 0;
    const finishLine = function* (tail: Buffer): Generator<TextLine> {
      const number = line++;
      if (skipping) {
        const length = carriedBytes + tail.length;
        skipping = false;
        carried = [];
        carriedBytes = 0;
        yield {
          line: number,
          text: undefined,
          problem: {
            kind: 'line_too_long',
            detail: `line is ${formatBytes(length)}, over the ${formatBytes(options.maxLineBytes)} limit (audit.max_line_bytes); skipped`,
          },
          bytesRead,
        };
        return;
      }
      let bytes = carriedBytes > 0 ? Buffer.concat([...carried, tail]) : tail;
      carried = [];
      carriedBytes = 0;
      let end = bytes.length;
      if (end > 0 && bytes[end - 1] === 0x0d) end--;
      let start = 0;
      if (number === 1 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
      bytes = bytes.subarray(start, end);
      if (!options.keepBlank && isBlank(bytes)) return;
      if (options.wanted !== undefined && !options.wanted(number)) {
        yield { line: number, text: undefined, problem: undefined, bytesRead };
        return;
      }
      if (!isUtf8(bytes)) {
        yield {
          line: number,
          text: undefined,
          problem: {
            kind: 'not_utf8',
            detail: 'the line is not valid UTF-8 (save the file as UTF-8, e.g. `iconv -f latin1 -t utf-8`)',
          },
          bytesRead,
        };
        return;
      }
      yield { line: number, text: bytes.toString('utf8'), problem: undefined, bytesRead };
    };
    for (;;) {
      const read = readSync(descriptor, buffer, 0, chunkBytes, null);
      if (read === 0) break;
      bytesRead += read;
      // Search only what this read filled: the rest of the buffer holds an earlier chunk's bytes.
      const filled = buffer.subarray(0, read);
      let start = 0;
      for (;;) {
        const end = filled.indexOf(newline, start);
        if (end === -1) break;
        yield* finishLine(filled.subarray(start, end));
        start = end + 1;
      }
      if (start < read) {
        const rest = read - start;
        if (skipping || carriedBytes + rest > options.maxLineBytes) {
          skipping = true;
          carriedBytes += rest;
          carried = [];
        } else {
          // Copy: the read buffer is reused for the next chunk.
          carried.push(Buffer.from(buffer.subarray(start, read)));
          carriedBytes += rest;
        }
      }
    }
    if (carriedBytes > 0 || skipping) yield* finishLine(Buffer.alloc(0));
  } finally {
    closeSync(descriptor);
    giveBack(buffer);
  }
}

function isBlank(bytes: Buffer): boolean {
  for (const byte of bytes) {
    if (byte !== 0x20 && byte !== 0x09 && byte !== 0x0d) return false;
  }
  return true;
}

/** `1.5 MB` */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} B`;
}
