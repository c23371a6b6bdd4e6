import { inputError, ProblemCollector } from '../core/errors.js';
import type { Finding } from '../core/finding.js';
import type { Qrels } from '../core/retrieval.js';
import { readTextFile } from './read-text.js';

/** Qrels as loaded, with the problems found that did not stop the load. */
export interface LoadedQrels {
  qrels: Qrels;
  /** Judgment lines read. */
  judgments: number;
  /** `trec` (`qid iter docid rel`) or `beir` (`query-id corpus-id score`, tab-separated, header optional). */
  format: 'trec' | 'beir';
  findings: Finding[];
}

const shownRows = 20;

/**
 * An integer grade (`[-+]?[0-9]+`) read in place, exactly as `Number()` reads it; NaN when the text
 * is not an integer. Up to 15 digits are summed directly (exact); longer ones go through `Number()`.
 */
function parseGrade(text: string, start: number, end: number): number {
  let index = start;
  const sign = text.charCodeAt(index);
  const negative = sign === 0x2d;
  if (negative || sign === 0x2b) index++;
  if (index === end) return Number.NaN;
  let value = 0;
  for (let position = index; position < end; position++) {
    const code = text.charCodeAt(position);
    if (code < 0x30 || code > 0x39) return Number.NaN;
    value = value * 10 + (code - 0x30);
  }
  if (end - index > 15) value = Math.abs(Number(text.slice(index, end)));
  return negative ? -value : value;
}

/**
 * Parses relevance judgments: TREC qrels (`qid 0 docid rel`, whitespace-separated) or BEIR qrels TSV
 * (`query-id corpus-id score`, with or without its header). Grades must be integers; negative grades
 * mean "in the pool, not judged" (trec_eval's convention). A line with the wrong number of fields or a
 * non-integer grade is an input error naming the line; a document judged twice for one query is a
 * finding (the first judgment is kept), never silently merged.
 */
export function parseQrels(text: string, file: string): LoadedQrels {
  const collector = new ProblemCollector('INPUT_INVALID');
  const qrels: Qrels = new Map();
  const duplicateLines: number[] = [];
  const duplicateExamples: string[] = [];
  let duplicates = 0;
  let judgments = 0;
  let format: LoadedQrels['format'] | undefined;
  const length = text.length;
  let position = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 0;
  // Field bounds of the current line (the first four; `fieldCount` counts them all): only the ids
  // and the grade are ever sliced, and the query id only when it changes — lines of one query are
  // usually consecutive — which keeps a large qrels file from turning into garbage.
  const starts = new Int32Array(4);
  const ends = new Int32Array(4);
  let currentQid = '';
  let judged: Map<string, number> | undefined;
  while (position < length) {
    line++;
    let lineEnd = text.indexOf('\n', position);
    if (lineEnd === -1) lineEnd = length;
    // Whitespace-separated fields (spaces, tabs, a CR before the LF).
    let fieldCount = 0;
    let index = position;
    while (index < lineEnd) {
      const code = text.charCodeAt(index);
      if (code === 0x20 || code === 0x09 || code === 0x0d) {
        index++;
        continue;
      }
      const start = index;
      while (index < lineEnd) {
        const inner = text.charCodeAt(index);
        if (inner === 0x20 || inner === 0x09 || inner === 0x0d) break;
        index++;
      }
      if (fieldCount < 4) {
        starts[fieldCount] = start;
        ends[fieldCount] = index;
      }
      fieldCount++;
    }
    position = lineEnd + 1;
    if (fieldCount === 0) continue;
    if (format === undefined) {
      format = fieldCount === 3 ? 'beir' : 'trec';
      // BEIR qrels start with a header: query-id, corpus-id, score.
      if (format === 'beir' && Number.isNaN(parseGrade(text, starts[2]!, ends[2]!))) continue;
    }
    const expected = format === 'trec' ? 4 : 3;
    if (fieldCount !== expected) {
      collector.add({
        location: { file, line },
        problem: `expected ${expected} fields (${format === 'trec' ? 'qid iter docid rel' : 'query-id corpus-id score'}), found ${fieldCount}`,
        hint:
          format === 'trec'
            ? 'TREC qrels have one judgment per line: `301 0 DOC-17 1`'
            : 'BEIR qrels are tab-separated: `q1<TAB>doc-17<TAB>1`',
      });
      continue;
    }
    const docField = format === 'trec' ? 2 : 1;
    const gradeField = format === 'trec' ? 3 : 2;
    const grade = parseGrade(text, starts[gradeField]!, ends[gradeField]!);
    if (Number.isNaN(grade)) {
      collector.add({
        location: { file, line, field: 'rel' },
        problem: `relevance grade "${text.slice(starts[gradeField]!, ends[gradeField]!)}" is not an integer`,
        hint: 'grades are integers: 0 = not relevant, 1 or more = relevant (graded), -1 = not judged',
      });
      continue;
    }
    judgments++;
    const qidLength = ends[0]! - starts[0]!;
    let sameQuery = judged !== undefined && qidLength === currentQid.length;
    for (let offset = 0; sameQuery && offset < qidLength; offset++)
      sameQuery = text.charCodeAt(starts[0]! + offset) === currentQid.charCodeAt(offset);
    if (!sameQuery) {
      currentQid = text.slice(starts[0]!, ends[0]!);
      judged = qrels.get(currentQid);
      if (judged === undefined) {
        judged = new Map();
        qrels.set(currentQid, judged);
      }
    }
    const docId = text.slice(starts[docField]!, ends[docField]!);
    if (judged!.has(docId)) {
      duplicates++;
      if (duplicateLines.length < shownRows) {
        duplicateLines.push(line);
        duplicateExamples.push(`${currentQid}/${docId}`);
      }
      continue;
    }
    judged!.set(docId, grade);
  }
  collector.throwIfAny();
  if (qrels.size === 0) {
    throw inputError(
      'the qrels file holds no judgments',
      { file },
      'write one judgment per line: `qid 0 docid rel` (TREC) or `query-id<TAB>corpus-id<TAB>score` (BEIR)',
    );
  }
  const findings: Finding[] = [];
  if (duplicates > 0) {
    findings.push({
      code: 'qrels_duplicate_judgment',
      severity: 'warning',
      message: `${file}: ${duplicates} document(s) judged more than once for the same query (first judgment kept): ${duplicateExamples.join(', ')}${duplicates > duplicateExamples.length ? ', …' : ''}`,
      rows: duplicateLines,
      rowCount: duplicates,
      evidence: { file, examples: duplicateExamples },
    });
  }
  return { qrels, judgments, format: format ?? 'trec', findings };
}

/** Reads and parses a qrels file (strict UTF-8). `shownAs` is the path as the user wrote it. */
export function loadQrels(path: string, shownAs: string = path): LoadedQrels {
  return parseQrels(readTextFile(path, shownAs), shownAs);
}
