import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { problemOf } from '../../test/helpers/problem-of.js';
import { loadQrels, parseQrels } from './qrels.js';

describe('parseQrels', () => {
  it('reads TREC qrels (qid iter docid rel), CRLF and tabs included', () => {
    const loaded = parseQrels('q1 0 d1 1\r\nq1\t0\td2\t0\nq2 0 d3 2\n\n', 'q.txt');
    expect(loaded.format).toBe('trec');
    expect(loaded.judgments).toBe(3);
    expect(loaded.qrels.get('q1')).toEqual(
      new Map([
        ['d1', 1],
        ['d2', 0],
      ]),
    );
    expect(loaded.qrels.get('q2')?.get('d3')).toBe(2);
    expect(loaded.findings).toEqual([]);
  });
  it('reads BEIR qrels TSV with its header', () => {
    const loaded = parseQrels('query-id\tcorpus-id\tscore\nq1\td1\t1\nq1\td2\t2\n', 'test.tsv');
    expect(loaded.format).toBe('beir');
    expect(loaded.qrels.get('q1')).toEqual(
      new Map([
        ['d1', 1],
        ['d2', 2],
      ]),
    );
  });
  it('keeps negative grades (in the pool, not judged)', () => {
    expect(parseQrels('q1 0 d1 -1\n', 'q').qrels.get('q1')?.get('d1')).toBe(-1);
  });
  it('reports a document judged twice as a finding, keeping the first judgment', () => {
    const loaded = parseQrels('q1 0 d1 1\nq1 0 d1 0\nq1 0 d2 0\n', 'q.txt');
    expect(loaded.qrels.get('q1')?.get('d1')).toBe(1);
    expect(loaded.findings).toHaveLength(1);
    expect(loaded.findings[0]).toMatchObject({ code: 'qrels_duplicate_judgment', rows: [2], rowCount: 1 });
    expect(loaded.findings[0]!.message).toContain('q1/d1');
  });
  it('rejects lines with the wrong number of fields, naming every bad line', () => {
    const error = problemOf(() => parseQrels('q1 0 d1 1\nq1 0 d2\nq2 0 d3 1 extra\n', 'q.txt'));
    expect(error.code).toBe('INPUT_INVALID');
    expect(error.location).toMatchObject({ file: 'q.txt', line: 2 });
    expect(error.total).toBe(2);
    expect(error.render()).toContain('q.txt:3');
  });
  it('rejects a grade that is not an integer', () => {
    const error = problemOf(() => parseQrels('q1 0 d1 yes\n', 'q.txt'));
    expect(error.location).toMatchObject({ line: 1, field: 'rel' });
    expect(error.hint).toMatch(/integers/);
  });
  it('rejects an empty file', () => {
    expect(problemOf(() => parseQrels('\n\n', 'q.txt')).message).toMatch(/no judgments/);
  });
});

describe('loadQrels', () => {
  it('names a missing file with FILE_NOT_FOUND', () => {
    expect(problemOf(() => loadQrels('/no/such/qrels', 'qrels.txt')).code).toBe('FILE_NOT_FOUND');
  });
  it('rejects a file that is not UTF-8, naming the line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fixfirst-qrels-'));
    const path = join(dir, 'q.txt');
    writeFileSync(path, Buffer.from([0x71, 0x31, 0x20, 0x30, 0x0a, 0xff, 0x0a]));
    expect(problemOf(() => loadQrels(path)).location.line).toBe(2);
  });
});
