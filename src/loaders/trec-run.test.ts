import { describe, expect, it } from 'vitest';
import { problemOf } from '../../test/helpers/problem-of.js';
import { documentHash } from '../core/retrieval.js';
import { loadTrecRun, parseTrecRun } from './trec-run.js';

const bytes = (text: string) => Buffer.from(text, 'utf8');

describe('parseTrecRun', () => {
  it('reads qid Q0 docid rank score runid, with tabs, CRLF, a BOM and non-ASCII ids', () => {
    const loaded = parseTrecRun(
      bytes('\uFEFFq1 Q0 d1 1 2.5 runA\r\nq1\tQ0\td2\t2\t-1e-3\trunA\nq2 Q0 café 1 7 runA\n'),
      'run.txt',
    );
    expect(loaded.lines).toBe(3);
    expect(loaded.run.get('q1')).toMatchObject({ docIds: ['d1', 'd2'], scores: [2.5, -0.001] });
    expect(loaded.run.get('q2')).toMatchObject({ docIds: ['café'], scores: [7] });
    expect(loaded.runIds).toEqual(['runA']);
    expect(loaded.findings).toEqual([]);
    // The hashes computed while reading are the ones judging recomputes for the qrels' ids.
    for (const queryRun of loaded.run.values())
      expect(queryRun.hashes).toEqual(queryRun.docIds.map(documentHash));
  });
  it('parses scores exactly as Number() does', () => {
    const texts = [
      '0.1',
      '0.30',
      '12.125',
      '-0',
      '1e5',
      '3.14159265358979',
      '0.000000000000000001',
      '123456789012345678',
    ];
    const loaded = parseTrecRun(
      bytes(texts.map((text, index) => `q Q0 d${index} 0 ${text} r\n`).join('')),
      'r',
    );
    expect(loaded.run.get('q')!.scores).toEqual(texts.map(Number));
  });
  it('accepts a line of 5 fields (no run id) and groups interleaved queries', () => {
    const loaded = parseTrecRun(bytes('q1 Q0 a 1 1\nq2 Q0 b 1 1\nq1 Q0 c 2 0.5\n'), 'r');
    expect(loaded.run.get('q1')!.docIds).toEqual(['a', 'c']);
    expect(loaded.runIds).toEqual([]);
  });
  it('counts and reports non-numeric scores, leaving those lines out', () => {
    const loaded = parseTrecRun(
      bytes('q1 Q0 a 1 high r\nq1 Q0 b 2 0.5 r\nq1 Q0 c 3 NaN r\nq1 Q0 d 4 . r\n'),
      'run.txt',
    );
    expect(loaded.run.get('q1')!.docIds).toEqual(['b']);
    expect(loaded.findings).toHaveLength(1);
    expect(loaded.findings[0]).toMatchObject({ code: 'run_non_numeric_score', rows: [1, 3, 4], rowCount: 3 });
    expect(loaded.findings[0]!.message).toContain(
      'run.txt: 3 lines with a score that is not a number were left out (lines 1, 3, 4; e.g. "high")',
    );
    const one = parseTrecRun(bytes('q1 Q0 a 1 3 r\nq1 Q0 b 2 x r\n'), 'run.txt');
    expect(one.findings[0]!.message).toBe(
      'run.txt: 1 line with a score that is not a number was left out (line 2; e.g. "x")',
    );
  });
  it('counts and reports a document listed twice for one query, keeping the first', () => {
    const loaded = parseTrecRun(bytes('q1 Q0 a 1 3 r\nq1 Q0 a 2 5 r\nq2 Q0 a 1 1 r\n'), 'run.txt');
    expect(loaded.run.get('q1')).toMatchObject({ docIds: ['a'], scores: [3] });
    expect(loaded.run.get('q2')!.docIds).toEqual(['a']);
    expect(loaded.findings[0]).toMatchObject({ code: 'run_duplicate_document', rows: [2], rowCount: 1 });
    expect(loaded.findings[0]!.message).toContain('q1/a');
  });
  it('rejects lines with fewer than 5 fields, naming each line', () => {
    const error = problemOf(() => parseTrecRun(bytes('q1 Q0 a 1 3 r\nq1 a 3\n\nq1 Q0\n'), 'run.txt'));
    expect(error.code).toBe('INPUT_INVALID');
    expect(error.location).toMatchObject({ file: 'run.txt', line: 2 });
    expect(error.render()).toContain('run.txt:4');
  });
  it('rejects invalid UTF-8 and an empty file', () => {
    expect(problemOf(() => parseTrecRun(Buffer.from([0x71, 0x0a, 0xc3, 0x28]), 'r')).location.line).toBe(2);
    expect(problemOf(() => parseTrecRun(bytes('\n  \n'), 'r')).message).toMatch(/no results/);
  });
});

describe('loadTrecRun', () => {
  it('names a missing file with FILE_NOT_FOUND', () => {
    expect(problemOf(() => loadTrecRun('/no/such/run', 'run.txt')).code).toBe('FILE_NOT_FOUND');
  });
});
