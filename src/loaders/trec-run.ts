import { isAscii, isUtf8 } from 'node:buffer';
import { closeSync, readSync } from 'node:fs';
import { inputError, ProblemCollector } from '../core/errors.js';
import type { Finding } from '../core/finding.js';
import type { QueryRun, Run } from '../core/retrieval.js';
import { firstInvalidUtf8Offset, openInputFile, readBufferFor } from './read-text.js';

/** Receives a run's queries as they are read. */
export interface RunVisitor {
  /** One query's documents in file order. Called once per query (per pass). */
  visit(qid: string, queryRun: QueryRun): void;
  /** Forget every query visited so far: the scan starts over (a query's lines were not consecutive). */
  restart(): void;
}

/** What a scan of a run file found, besides the queries it visited. */
export interface RunScan {
  /** Result lines read (including dropped ones). */
  lines: number;
  /** Distinct run ids (6th column), in first-seen order (at most 10). */
  runIds: string[];
  /** Queries visited. */
  queries: number;
  findings: Finding[];
}

/** A TREC run held in memory, with what the scan found. */
export interface LoadedRun extends RunScan {
  run: Run;
}

const shownRows = 20;
const space = 0x20;
const tab = 0x09;
const carriageReturn = 0x0d;
const newline = 0x0a;
/** The file is read in chunks of about this many bytes. */
const chunkBytes = 16 * 1024 * 1024;
const powersOfTen = Array.from({ length: 23 }, (_, exponent) => 10 ** exponent);

/**
 * Decimal text → number, exactly as `Number()` (and C's strtod): plain decimals with at most 15
 * significant digits take Clinger's fast path (an exact integer divided by an exact power of ten is
 * one correctly rounded operation); anything else goes through `Number()`. NaN when not numeric.
 */
function parseScore(text: string, start: number, end: number): number {
  let index = start;
  let negative = false;
  const first = text.charCodeAt(index);
  if (first === 0x2d || first === 0x2b) {
    negative = first === 0x2d;
    index++;
  }
  let mantissa = 0;
  let digits = 0;
  let fraction = 0;
  let seenPoint = false;
  let sawDigit = false;
  for (; index < end; index++) {
    const code = text.charCodeAt(index);
    if (code >= 0x30 && code <= 0x39) {
      sawDigit = true;
      mantissa = mantissa * 10 + (code - 0x30);
      if (mantissa !== 0 || seenPoint) digits++;
      if (seenPoint) fraction++;
    } else if (code === 0x2e && !seenPoint) seenPoint = true;
    else break;
  }
  if (index === end && sawDigit && digits <= 15 && fraction <= 22) {
    const value = mantissa / powersOfTen[fraction]!;
    return negative ? -value : value;
  }
  const value = Number(text.slice(start, end));
  return Number.isFinite(value) ? value : Number.NaN;
}

/** A piece of the run file's text that ends on a line end, or where it stops being valid UTF-8. */
export type TextChunk = { text: string; invalidLine?: undefined } | { text?: undefined; invalidLine: number };

/**
 * Text is decoded in pieces of about this many bytes: small enough to be ordinary (not external)
 * heap strings that die young and stay in cache while they are scanned — decoding 16 MB at once
 * cost more than the scan itself.
 */
const pieceBytes = 64 * 1024;

/** Decodes bytes that end on a line end (Latin-1 when ASCII: fastest), or says on which line they break UTF-8. */
function decodePiece(bytes: Buffer, start: number): TextChunk {
  if (isAscii(bytes)) return { text: bytes.toString('latin1', start) };
  if (isUtf8(bytes)) return { text: bytes.toString('utf8', start) };
  const offset = firstInvalidUtf8Offset(bytes);
  let line = 1;
  for (let index = 0; index < offset; index++) if (bytes[index] === newline) line++;
  return { invalidLine: line };
}

/** Bytes that end on a line end, decoded piece by piece; each piece ends on a line end too. */
function* decodeChunk(bytes: Buffer, first: boolean): Generator<TextChunk> {
  const bom = first && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  let start = 0;
  while (start < bytes.length) {
    let end = start + pieceBytes;
    if (end >= bytes.length) end = bytes.length;
    else {
      const lineEnd = bytes.indexOf(newline, end);
      end = lineEnd === -1 ? bytes.length : lineEnd + 1;
    }
    yield decodePiece(bytes.subarray(start, end), start === 0 ? bom : 0);
    start = end;
  }
}

/**
 * The text of a run file, read through one reused buffer in chunks that end on line ends, so that a
 * file of hundreds of megabytes is never held in memory whole.
 */
function* fileChunks(path: string, shownAs: string): Generator<TextChunk> {
  const { descriptor, size } = openRunFile(path, shownAs);
  try {
    let buffer = readBufferFor(size, chunkBytes);
    let filled = 0;
    let first = true;
    for (;;) {
      if (filled === buffer.length) {
        // A single line longer than the buffer: grow it.
        const larger = Buffer.allocUnsafe(buffer.length * 2);
        buffer.copy(larger, 0, 0, filled);
        buffer = larger;
      }
      const read = readSync(descriptor, buffer, filled, buffer.length - filled, null);
      filled += read;
      if (read === 0) {
        if (filled > 0) yield* decodeChunk(buffer.subarray(0, filled), first);
        return;
      }
      const lastNewline = buffer.lastIndexOf(newline, filled - 1);
      if (lastNewline === -1) continue;
      yield* decodeChunk(buffer.subarray(0, lastNewline + 1), first);
      first = false;
      buffer.copy(buffer, 0, lastNewline + 1, filled);
      filled -= lastNewline + 1;
    }
  } finally {
    closeSync(descriptor);
  }
}

function openRunFile(path: string, shownAs: string): { descriptor: number; size: number } {
  return openInputFile(path, shownAs, { missing: 'check the path of the run file', folder: 'name a file' });
}

/**
 * Reads a TREC run (`qid Q0 docid rank score runid`, whitespace-separated) and hands each query's
 * documents, in file order, to `visitor`. When each query's lines are consecutive (the usual layout)
 * a query is visited as soon as its lines end, so a run of millions of lines never sits in memory
 * whole; when a query's lines turn out to be split, the visitor is told to restart and the run is
 * read again, gathered in memory. The rank column is ignored (trec_eval ranks by score). A line with
 * fewer than 5 fields is an input error naming the line. A non-numeric score and a document listed
 * twice for one query are findings: the line is dropped (the first listing of a document is kept),
 * counted and reported — never silently.
 */
export function scanTrecRun(chunks: () => Iterable<TextChunk>, file: string, visitor: RunVisitor): RunScan {
  const streamed = scan(chunks(), file, visitor, true);
  if (streamed !== undefined) return streamed;
  visitor.restart();
  return scan(chunks(), file, visitor, false)!;
}

/** Reads a TREC run file chunk by chunk and visits its queries (see `scanTrecRun`). */
export function scanTrecRunFile(path: string, visitor: RunVisitor, shownAs: string = path): RunScan {
  return scanTrecRun(() => fileChunks(path, shownAs), shownAs, visitor);
}

/**
 * One pass over the run. Streaming: each query is visited when its lines end, and the pass gives up
 * (returns undefined) when a query id comes back after another query. Gathering: every query is
 * collected first, then visited.
 */
function scan(
  chunks: Iterable<TextChunk>,
  file: string,
  visitor: RunVisitor,
  streaming: boolean,
): RunScan | undefined {
  const collector = new ProblemCollector('INPUT_INVALID');
  const finished = new Set<string>();
  const gathered = new Map<string, { queryRun: QueryRun; seen: Set<string> }>();
  const runIds: string[] = [];
  const starts = new Int32Array(6);
  const ends = new Int32Array(6);
  const badScoreLines: number[] = [];
  const badScoreExamples: string[] = [];
  let badScores = 0;
  const duplicateLines: number[] = [];
  const duplicateExamples: string[] = [];
  let duplicates = 0;
  let lines = 0;
  let queries = 0;
  let line = 0;
  let currentQid = '';
  let current: QueryRun | undefined;
  let currentSeen: Set<string> | undefined;
  // Streaming duplicate check: an open-addressing table of FNV-1a hashes of the current query's
  // document ids, reset by bumping a generation number (no clearing, no per-document allocation).
  let capacity = 4096;
  let slotGeneration = new Int32Array(capacity);
  let slotHash = new Int32Array(capacity);
  let slotIndex = new Int32Array(capacity);
  let generation = 1;
  let previousRunId = '';
  const flush = () => {
    if (current === undefined) return;
    if (streaming) {
      finished.add(currentQid);
      queries++;
      visitor.visit(currentQid, current);
    }
    current = undefined;
  };
  const grow = () => {
    capacity *= 2;
    slotGeneration = new Int32Array(capacity);
    slotHash = new Int32Array(capacity);
    slotIndex = new Int32Array(capacity);
    generation = 1;
    const hashes = current!.hashes!;
    for (let index = 0; index < hashes.length; index++) {
      const hash = hashes[index]!;
      let slot = hash & (capacity - 1);
      while (slotGeneration[slot] === generation) slot = (slot + 1) & (capacity - 1);
      slotGeneration[slot] = generation;
      slotHash[slot] = hash;
      slotIndex[slot] = index;
    }
  };

  for (const chunk of chunks) {
    if (chunk.text === undefined) {
      throw inputError(
        'the file is not valid UTF-8',
        { file, line: line + chunk.invalidLine },
        'save the run file as UTF-8',
      );
    }
    const text = chunk.text;
    const length = text.length;
    let position = 0;
    while (position < length) {
      line++;
      let index = position;
      let fieldCount = 0;
      let hash = 0x811c9dc5 | 0;
      let code = 0;
      while (index < length) {
        code = text.charCodeAt(index);
        if (code === newline) break;
        if (code === space || code === tab || code === carriageReturn) {
          index++;
          continue;
        }
        const start = index;
        // Every separator is ≤ 0x20, so one comparison settles almost every character.
        if (fieldCount === 2) {
          while (index < length) {
            code = text.charCodeAt(index);
            if (
              code <= space &&
              (code === space || code === tab || code === carriageReturn || code === newline)
            )
              break;
            hash = Math.imul(hash ^ code, 16777619);
            index++;
          }
        } else {
          while (index < length) {
            code = text.charCodeAt(index);
            if (
              code <= space &&
              (code === space || code === tab || code === carriageReturn || code === newline)
            )
              break;
            index++;
          }
        }
        if (fieldCount < 6) {
          starts[fieldCount] = start;
          ends[fieldCount] = index;
        }
        fieldCount++;
      }
      position = index + 1;
      if (fieldCount === 0) continue;
      lines++;
      if (fieldCount < 5) {
        collector.add({
          location: { file, line },
          problem: `expected 6 fields (qid Q0 docid rank score runid), found ${fieldCount}`,
          hint: 'a TREC run has one retrieved document per line: `q1 Q0 doc-17 1 12.5 my-run`',
        });
        continue;
      }
      // Lines of one query are usually consecutive: compare in place before slicing the id again.
      const qidLength = ends[0]! - starts[0]!;
      let sameQuery = current !== undefined && qidLength === currentQid.length;
      for (let offset = 0; sameQuery && offset < qidLength; offset++) {
        sameQuery = text.charCodeAt(starts[0]! + offset) === currentQid.charCodeAt(offset);
      }
      if (!sameQuery) {
        flush();
        currentQid = text.slice(starts[0]!, ends[0]!);
        if (streaming) {
          if (finished.has(currentQid)) return undefined;
          current = { docIds: [], scores: [], hashes: [] };
          generation++;
        } else {
          let entry = gathered.get(currentQid);
          if (entry === undefined) {
            entry = { queryRun: { docIds: [], scores: [], hashes: [] }, seen: new Set() };
            gathered.set(currentQid, entry);
          }
          current = entry.queryRun;
          currentSeen = entry.seen;
        }
      }
      const score = parseScore(text, starts[4]!, ends[4]!);
      if (Number.isNaN(score)) {
        badScores++;
        if (badScoreLines.length < shownRows) {
          badScoreLines.push(line);
          badScoreExamples.push(text.slice(starts[4]!, ends[4]!));
        }
        continue;
      }
      const docId = text.slice(starts[2]!, ends[2]!);
      let duplicate = false;
      if (streaming) {
        const ids = current!.docIds;
        if (ids.length * 2 >= capacity) grow();
        let slot = hash & (capacity - 1);
        while (slotGeneration[slot] === generation) {
          if (slotHash[slot] === hash && ids[slotIndex[slot]!] === docId) {
            duplicate = true;
            break;
          }
          slot = (slot + 1) & (capacity - 1);
        }
        if (!duplicate) {
          slotGeneration[slot] = generation;
          slotHash[slot] = hash;
          slotIndex[slot] = ids.length;
        }
      } else {
        duplicate = currentSeen!.has(docId);
        if (!duplicate) currentSeen!.add(docId);
      }
      if (duplicate) {
        duplicates++;
        if (duplicateLines.length < shownRows) {
          duplicateLines.push(line);
          duplicateExamples.push(`${currentQid}/${docId}`);
        }
        continue;
      }
      current!.docIds.push(docId);
      current!.scores.push(score);
      current!.hashes!.push(hash);
      if (fieldCount >= 6 && runIds.length < 10) {
        const runIdLength = ends[5]! - starts[5]!;
        let sameRunId = runIdLength === previousRunId.length;
        for (let offset = 0; sameRunId && offset < runIdLength; offset++) {
          sameRunId = text.charCodeAt(starts[5]! + offset) === previousRunId.charCodeAt(offset);
        }
        if (!sameRunId) {
          previousRunId = text.slice(starts[5]!, ends[5]!);
          if (!runIds.includes(previousRunId)) runIds.push(previousRunId);
        }
      }
    }
  }
  flush();
  collector.throwIfAny();
  if (!streaming) {
    for (const [qid, entry] of gathered) {
      queries++;
      visitor.visit(qid, entry.queryRun);
    }
  }
  if (lines === 0) {
    throw inputError(
      'the run file holds no results',
      { file },
      'write one retrieved document per line: `qid Q0 docid rank score runid`',
    );
  }
  const findings: Finding[] = [];
  if (badScores > 0) {
    findings.push({
      code: 'run_non_numeric_score',
      severity: 'warning',
      message: `${file}: ${badScores} line${badScores === 1 ? ' with a score that is not a number was' : 's with a score that is not a number were'} left out (line${badScoreLines.length === 1 ? '' : 's'} ${badScoreLines.join(', ')}${badScores > badScoreLines.length ? ', …' : ''}; e.g. "${badScoreExamples[0]}")`,
      rows: badScoreLines,
      rowCount: badScores,
      evidence: { file, examples: badScoreExamples },
    });
  }
  if (duplicates > 0) {
    findings.push({
      code: 'run_duplicate_document',
      severity: 'warning',
      message: `${file}: ${duplicates} document(s) listed twice for the same query; the first listing was kept (${duplicateExamples.join(', ')}${duplicates > duplicateExamples.length ? ', …' : ''})`,
      rows: duplicateLines,
      rowCount: duplicates,
      evidence: { file, examples: duplicateExamples },
    });
  }
  return { lines, runIds, queries, findings };
}

/** Parses a whole TREC run into memory (see `scanTrecRun` for the rules). */
export function parseTrecRun(bytes: Uint8Array, file: string): LoadedRun {
  const run: Run = new Map();
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const scanned = scanTrecRun(() => decodeChunk(buffer, true), file, {
    visit(qid, queryRun) {
      run.set(qid, queryRun);
    },
    restart() {
      run.clear();
    },
  });
  return { ...scanned, run };
}

/** Reads and parses a TREC run file into memory. `shownAs` is the path as the user wrote it. */
export function loadTrecRun(path: string, shownAs: string = path): LoadedRun {
  const run: Run = new Map();
  const scanned = scanTrecRunFile(
    path,
    {
      visit(qid, queryRun) {
        run.set(qid, queryRun);
      },
      restart() {
        run.clear();
      },
    },
    shownAs,
  );
  return { ...scanned, run };
}
