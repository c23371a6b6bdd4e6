import { isUtf8 } from 'node:buffer';
import { readFileSync, statSync } from 'node:fs';
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
 * Decodes UTF-8 text strictly: a byte-order mark is dropped, invalid bytes are an input error that
 * names the line. `file` is the path as the user wrote it, for messages.
 */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
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

/** Reads a whole text file as strict UTF-8, with clear errors for a missing path or a folder. */
export function readTextFile(path: string, shownAs: string = path): string {
  let bytes: Buffer;
  try {
    if (statSync(path).isDirectory()) {
      throw inputError('is a folder, not a file', { file: shownAs }, 'name a file');
    }
    bytes = readFileSync(path);
  } catch (error) {
    if (FixfirstError.isInstance(error)) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      throw new FixfirstError('FILE_NOT_FOUND', 'no such file', {
        location: { file: shownAs },
        hint: 'check the path (it is relative to the project folder)',
        cause: error,
      });
    }
    throw inputError(`cannot read the file (${code ?? String(error)})`, { file: shownAs }, undefined, error);
  }
  return decodeUtf8(bytes, shownAs);
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
