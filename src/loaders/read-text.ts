import { isUtf8 } from 'node:buffer';
import { createHash } from 'node:crypto';
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { FixfirstError, inputError } from '../core/errors.js';

/** Line number (1-based) of a byte offset in a buffer. */
function lineOfByteOffset(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let index = 0; index < offset && index < bytes.length; index++) if (bytes[index] === 0x0a) line++;
  return line;
}

/** Offset of the first byte that breaks UTF-8, or -1 when the buffer is valid UTF-8. */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const byte = bytes[index]!;
    if (byte < 0x80) {
      index++;
      continue;
    }
    let extra: number;
    let minimum: number;
    if (byte >= 0xc2 && byte <= 0xdf) {
      extra = 1;
      minimum = 0x80;
    } else if (byte >= 0xe0 && byte <= 0xef) {
      extra = 2;
      minimum = 0x800;
    } else if (byte >= 0xf0 && byte <= 0xf4) {
      extra = 3;
      minimum = 0x10000;
    } else return index;
    let codePoint = byte & (0x3f >> extra);
    for (let step = 1; step <= extra; step++) {
      const next = bytes[index + step];
      if (next === undefined || (next & 0xc0) !== 0x80) return index;
      codePoint = (codePoint << 6) | (next & 0x3f);
    }
    if (codePoint < minimum || codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff))
      return index;
    index += extra + 1;
  }
  return -1;
}

/**
 * How the start of a file shows it is UTF-16 rather than UTF-8: its byte-order mark (ff fe or
 * fe ff), or NUL bytes making up a quarter or more of its first 4 KB (UTF-16 text of mostly ASCII
 * characters has a zero in every other byte, which UTF-8 text never has). Undefined otherwise.
 */
function utf16Evidence(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'byte-order mark ff fe, UTF-16 little-endian';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'byte-order mark fe ff, UTF-16 big-endian';
  const head = bytes.subarray(0, 4096);
  let zeros = 0;
  for (const byte of head) if (byte === 0) zeros++;
  return zeros >= 4 && zeros * 4 >= head.length
    ? `${zeros} NUL bytes in its first ${head.length}`
    : undefined;
}

/**
 * Throws the UTF-16 error when the first 4 KB of a file show it is UTF-16; for readers that
 * decode line by line and would otherwise report every line as broken.
 */
export function rejectUtf16File(path: string, shownAs: string): void {
  const descriptor = openSync(path, 'r');
  try {
    const head = Buffer.alloc(4096);
    const read = readSync(descriptor, head, 0, head.length, 0);
    const evidence = utf16Evidence(head.subarray(0, read));
    if (evidence !== undefined) throw utf16Error(evidence, shownAs);
  } finally {
    closeSync(descriptor);
  }
}

/** The error for a UTF-16 file. */
function utf16Error(evidence: string, file: string) {
  return inputError(
    `the file is UTF-16 (${evidence}), not UTF-8`,
    { file },
    'convert it to UTF-8, e.g. `iconv -f utf-16 -t utf-8 in > out` (or save it as "UTF-8" in your editor)',
  );
}

/**
 * Decodes UTF-8 text strictly: a byte-order mark is dropped, a UTF-16 file is named as such,
 * invalid bytes are an input error that names the line. `file` is the path as the user wrote it,
 * for messages.
 */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  const utf16 = utf16Evidence(bytes);
  if (utf16 !== undefined) throw utf16Error(utf16, file);
  if (isUtf8(bytes)) {
    const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  }
  const offset = firstInvalidUtf8Offset(bytes);
  const shown = Array.from(bytes.subarray(offset, offset + 4), (byte) =>
    byte.toString(16).padStart(2, '0'),
  ).join(' ');
  throw inputError(
    `the file is not valid UTF-8 (bytes ${shown} at byte ${offset})`,
    { file, line: lineOfByteOffset(bytes, offset) },
    'save the file as UTF-8 (e.g. `iconv -f latin1 -t utf-8 in > out`)',
  );
}

/** What to tell the user when an input file cannot be opened, worded for the kind of input. */
export interface OpenFileHints {
  /** When the path does not exist. */
  missing: string;
  /** When the path is a folder. */
  folder: string;
  /** When it exists but cannot be read (permissions); no hint when undefined. */
  unreadable?: string;
}

const projectFileHints: OpenFileHints = {
  missing: 'check the path',
  folder: 'name a file',
};

/** Turns a failed open/read into the user-facing error (missing file, folder, permissions). */
function fileError(error: unknown, path: string, shownAs: string, hints: OpenFileHints): FixfirstError {
  if (FixfirstError.isInstance(error)) return error;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') {
    return new FixfirstError('FILE_NOT_FOUND', 'no such file', {
      location: { file: shownAs },
      hint: `${hints.missing} (looked for ${resolve(path)})`,
      cause: error,
    });
  }
  if (code === 'EISDIR') return inputError('is a folder, not a file', { file: shownAs }, hints.folder);
  return inputError(
    `cannot read the file (${code ?? String(error)})`,
    { file: shownAs },
    hints.unreadable,
    error,
  );
}

/**
 * Opens a file for reading, with clear errors for a missing path, a folder or no permission
 * (FILE_NOT_FOUND or INPUT_INVALID naming the file as the user wrote it). Returns the descriptor,
 * which the caller closes, and the size.
 */
export function openInputFile(
  path: string,
  shownAs: string,
  hints: OpenFileHints = projectFileHints,
): { descriptor: number; size: number } {
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw inputError('is a folder, not a file', { file: shownAs }, hints.folder);
    return { descriptor: openSync(path, 'r'), size: stat.size };
  } catch (error) {
    throw fileError(error, path, shownAs, hints);
  }
}

/** Reads a file's bytes, with clear errors for a missing path, a folder or no permission. */
function readBytes(path: string, shownAs: string): Buffer {
  try {
    if (statSync(path).isDirectory())
      throw inputError('is a folder, not a file', { file: shownAs }, projectFileHints.folder);
    return readFileSync(path);
  } catch (error) {
    throw fileError(error, path, shownAs, projectFileHints);
  }
}

/** Reads a whole text file as strict UTF-8, with clear errors for a missing path or a folder. */
export function readTextFile(path: string, shownAs: string = path): string {
  return decodeUtf8(readBytes(path, shownAs), shownAs);
}

/** Reads a whole UTF-8 text file and digests it from the same bytes (one read). */
export function readTextAndDigest(path: string, shownAs: string): { text: string; digest: FileDigest } {
  const bytes = readBytes(path, shownAs);
  const digest = { bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
  return { text: decodeUtf8(bytes, shownAs), digest };
}

/** Size and sha256 of a file that was read, for the report's inputs digest. */
export interface FileDigest {
  bytes: number;
  sha256: string;
}

/**
 * A buffer to read a file of `size` bytes in chunks of at most `cap`: no larger than the file
 * (a multi-megabyte buffer counts as external memory and brings the next garbage collection
 * forward), and one byte more, so that the first read of a small file meets its end.
 */
export function readBufferFor(size: number, cap: number): Buffer {
  return Buffer.allocUnsafe(Math.max(4096, Math.min(cap, size + 1)));
}

/**
 * Streams a UTF-8 text file line by line without holding it whole (an eval set of 100,000 items
 * with contexts is hundreds of MB): reads chunks, cuts each at its last newline byte (a newline is
 * never inside a multi-byte character), validates and decodes that part, and hands every
 * non-blank line to `visit` with its 1-based number. CRLF and a byte-order mark are accepted;
 * invalid UTF-8 is an input error naming the line. Returns the file's size and sha256.
 */
export function forEachLine(
  path: string,
  shownAs: string,
  visit: (line: number, text: string) => void,
): FileDigest {
  const { descriptor, size } = openInputFile(path, shownAs);
  const hash = createHash('sha256');
  let buffer = readBufferFor(size, 4 << 20);
  let carried = 0;
  let total = 0;
  let line = 1;
  let first = true;
  const emit = (bytes: Buffer) => {
    if (first) {
      const utf16 = utf16Evidence(bytes);
      if (utf16 !== undefined) throw utf16Error(utf16, shownAs);
    }
    if (!isUtf8(bytes)) {
      const offset = firstInvalidUtf8Offset(bytes);
      let badLine = line;
      for (let index = 0; index < offset; index++) if (bytes[index] === 0x0a) badLine++;
      const shown = Array.from(bytes.subarray(offset, offset + 4), (byte) =>
        byte.toString(16).padStart(2, '0'),
      ).join(' ');
      throw inputError(
        `the file is not valid UTF-8 (bytes ${shown} at byte ${total - carried + offset})`,
        { file: shownAs, line: badLine },
        'save the file as UTF-8 (e.g. `iconv -f latin1 -t utf-8 in > out`)',
      );
    }
    let text = bytes.toString('utf8');
    if (first) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      first = false;
    }
    let start = 0;
    while (start < text.length) {
      let end = text.indexOf('\n', start);
      if (end === -1) end = text.length;
      const content = text.charCodeAt(end - 1) === 13 ? text.slice(start, end - 1) : text.slice(start, end);
      if (content.trim() !== '') visit(line, content);
      line++;
      start = end + 1;
    }
  };
  try {
    for (;;) {
      if (carried === buffer.length) {
        // One line longer than the buffer: grow it (a 50 MB line is legal JSONL).
        const bigger = Buffer.allocUnsafe(buffer.length * 2);
        buffer.copy(bigger, 0, 0, carried);
        buffer = bigger;
      }
      const read = readSync(descriptor, buffer, carried, buffer.length - carried, null);
      if (read === 0) break;
      hash.update(buffer.subarray(carried, carried + read));
      total += read;
      const end = carried + read;
      const lastNewline = buffer.lastIndexOf(0x0a, end - 1);
      if (lastNewline === -1) {
        carried = end;
        continue;
      }
      emit(buffer.subarray(0, lastNewline + 1));
      buffer.copy(buffer, 0, lastNewline + 1, end);
      carried = end - lastNewline - 1;
    }
    if (carried > 0) emit(Buffer.from(buffer.subarray(0, carried)));
  } finally {
    closeSync(descriptor);
  }
  return { bytes: total, sha256: hash.digest('hex') };
}

/**
 * Splits text into lines, accepting LF and CRLF endings. Returns [lineNumber, text] pairs for
 * non-blank lines so that callers can report 1-based line numbers.
 */
export function* nonBlankLines(text: string): Generator<[number, string]> {
  let start = 0;
  let line = 1;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    let content = text.slice(start, end);
    if (content.endsWith('\r')) content = content.slice(0, -1);
    if (content.trim() !== '') yield [line, content];
    start = end + 1;
    line++;
  }
}
