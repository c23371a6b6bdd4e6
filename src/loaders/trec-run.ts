import { isUtf8 } from 'node:buffer';
import { readFileSync, statSync } from 'node:fs';
import { FixfirstError, inputError, ProblemCollector } from '../core/errors.js';
import type { Finding } from '../core/finding.js';
import type { QueryRun, Run } from '../core/retrieval.js';
import { firstInvalidUtf8Offset } from './read-text.js';

/** A TREC run as loaded, with the problems found that did not stop the load. */
export interface LoadedRun {
  run: Run;
  /** Result lines read (including dropped ones). */
  lines: number;
  /** Distinct run ids (6th column), in first-seen order. */
  runIds: string[];
  findings: Finding[];
}

const shownRows = 20;
const space = 0x20;
const tab = 0x09;
const carriageReturn = 0x0d;
const newline = 0x0a;
const powersOfTen = Array.from({ length: 23 }, (_, exponent) => 10 ** exponent);

/**
 * Decimal text → number, exactly as `Number()` would (and C's strtod): plain decimals with at most 15
 * significant digits take Clinger's fast path (an exact integer divided by an exact power of ten is one
 * correctly rounded operation); anything else goes through `Number()`. NaN for non-numeric text.
 */
function parseScore(bytes: Uint8Array, start: number, end: number, text: () => string): number {
  let index = start;
  let negative = false;
  if (bytes[index] === 0x2d || bytes[index] === 0x2b) {
    negative = bytes[index] === 0x2d;
    index++;
  }
  let mantissa = 0;
  let digits = 0;
  let fraction = 0;
  let seenPoint = false;
  let sawDigit = false;
  for (; index < end; index++) {
    const byte = bytes[index]!;
    if (byte >= 0x30 && byte <= 0x39) {
      sawDigit = true;
      mantissa = mantissa * 10 + (byte - 0x30);
      if (mantissa !== 0 || seenPoint) digits++;
      if (seenPoint) fraction++;
    } else if (byte === 0x2e && !seenPoint) seenPoint = true;
    else break;
  }
  if (index === end && sawDigit && digits <= 15 && fraction <= 22) {
    const value = mantissa / powersOfTen[fraction]!;
    return negative ? -value : value;
  }
  const value = Number(text());
  return Number.isFinite(value) ? value : Number.NaN;
}

/**
 * Parses a TREC run (`qid Q0 docid rank score runid`, whitespace-separated), byte by byte so that
 * millions of lines load in seconds. The rank column is ignored (trec_eval ranks by score). A line
 * with fewer than 5 fields is an input error naming the line. A non-numeric score and a document
 * listed twice for one query are findings: the line is dropped (the first occurrence of a document is
 * kept), counted and reported — never silently.
 */
export function parseTrecRun(bytes: Uint8Array, file: string): LoadedRun {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (!isUtf8(buffer)) {
    const offset = firstInvalidUtf8Offset(bytes);
    let line = 1;
    for (let index = 0; index < offset; index++) if (bytes[index] === newline) line++;
    throw inputError('the file is not valid UTF-8', { file, line }, 'save the run file as UTF-8');
  }
  const collector = new ProblemCollector('INPUT_INVALID');
  const run: Run = new Map();
  const seenPerQuery = new Map<string, Set<string>>();
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
  let current: QueryRun | undefined;
  let currentSeen: Set<string> | undefined;
  let currentStart = -1;
  let currentEnd = -1;
  let lastRunId = '';
  const length = bytes.length;
  let position = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  let line = 0;
  while (position < length) {
    line++;
    let index = position;
    let fieldCount = 0;
    let ascii = true;
    while (index < length) {
      const byte = bytes[index]!;
      if (byte === newline) break;
      if (byte === space || byte === tab || byte === carriageReturn) {
        index++;
        continue;
      }
      const start = index;
      while (index < length) {
        const inner = bytes[index]!;
        if (inner === space || inner === tab || inner === carriageReturn || inner === newline) break;
        if (inner >= 0x80) ascii = false;
        index++;
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
    const encoding = ascii ? 'latin1' : 'utf8';
    const field = (number: number) => buffer.toString(encoding, starts[number]!, ends[number]!);
    if (fieldCount < 5) {
      collector.add({
        location: { file, line },
        problem: `expected 6 fields (qid Q0 docid rank score runid), found ${fieldCount}`,
        hint: 'a TREC run has one retrieved document per line: `q1 Q0 doc-17 1 12.5 my-run`',
      });
      continue;
    }
    // Lines of one query are usually consecutive: compare bytes before decoding the query id again.
    const qidStart = starts[0]!;
    const qidEnd = ends[0]!;
    let sameQuery = current !== undefined && qidEnd - qidStart === currentEnd - currentStart;
    for (let offset = 0; sameQuery && offset < qidEnd - qidStart; offset++) {
      sameQuery = bytes[qidStart + offset] === bytes[currentStart + offset];
    }
    if (!sameQuery) {
      const qid = field(0);
      current = run.get(qid);
      currentSeen = seenPerQuery.get(qid);
      if (current === undefined || currentSeen === undefined) {
        current = { docIds: [], scores: [] };
        currentSeen = new Set();
        run.set(qid, current);
        seenPerQuery.set(qid, currentSeen);
      }
      currentStart = qidStart;
      currentEnd = qidEnd;
    }
    const score = parseScore(bytes, starts[4]!, ends[4]!, () => field(4));
    if (Number.isNaN(score)) {
      badScores++;
      if (badScoreLines.length < shownRows) {
        badScoreLines.push(line);
        badScoreExamples.push(field(4));
      }
      continue;
    }
    const docId = field(2);
    if (currentSeen!.has(docId)) {
      duplicates++;
      if (duplicateLines.length < shownRows) {
        duplicateLines.push(line);
        duplicateExamples.push(`${field(0)}/${docId}`);
      }
      continue;
    }
    currentSeen!.add(docId);
    current!.docIds.push(docId);
    current!.scores.push(score);
    if (fieldCount >= 6) {
      const runId = field(5);
      if (runId !== lastRunId) {
        lastRunId = runId;
        if (!runIds.includes(runId) && runIds.length < 10) runIds.push(runId);
      }
    }
  }
  collector.throwIfAny();
  if (run.size === 0) {
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
      message: `${file}: ${badScores} line(s) with a score that is not a number were left out (lines ${badScoreLines.join(', ')}${badScores > badScoreLines.length ? ', …' : ''}; e.g. "${badScoreExamples[0]}")`,
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
  return { run, lines, runIds, findings };
}

/** Reads and parses a TREC run file. `shownAs` is the path as the user wrote it. */
export function loadTrecRun(path: string, shownAs: string = path): LoadedRun {
  let bytes: Buffer;
  try {
    if (statSync(path).isDirectory())
      throw inputError('is a folder, not a file', { file: shownAs }, 'name a file');
    bytes = readFileSync(path);
  } catch (error) {
    if (FixfirstError.isInstance(error)) throw error;
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new FixfirstError('FILE_NOT_FOUND', 'no such file', {
        location: { file: shownAs },
        hint: 'check the path of the run file',
        cause: error,
      });
    }
    throw inputError(`cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`, {
      file: shownAs,
    });
  }
  return parseTrecRun(bytes, shownAs);
}
