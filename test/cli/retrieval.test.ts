import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { conformanceDir } from '../helpers/conformance-data.js';
import { repoRoot, runCli } from '../helpers/run-cli.js';

const suite = conformanceDir('trec_eval');
const fixture = (name: string) => join(repoRoot, 'test/fixtures/retrieval', name);
/** `fixfirst retrieval` on the small fixture qrels and run, with these extra flags. */
const retrieval = (...flags: string[]) =>
  runCli(['retrieval', '--qrels', fixture('qrels.txt'), '--run', fixture('run.txt'), ...flags]);

function expectedAll(file: string): Map<string, string> {
  const rows = new Map<string, string>();
  for (const line of readFileSync(join(suite, file), 'utf8').split('\n')) {
    const [measure, qid, value] = line.split('\t').map((field) => field.trim());
    if (qid === 'all') rows.set(measure!, value!);
  }
  return rows;
}

describe('fixfirst retrieval', () => {
  it("prints trec_eval's table: every `all` row equals trec_eval's on the reference run", () => {
    const result = runCli([
      'retrieval',
      '--qrels',
      join(suite, 'te_qrels.rel_level'),
      '--run',
      join(suite, 'te_results.test'),
      '-l',
      '2',
    ]);
    expect(result.code).toBe(0);
    const expected = expectedAll('te_out.test.aql');
    const lines = result.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^runid\s+\tall\tSTANDARD$/);
    for (const line of lines) {
      const [measure, qid, value] = line.split('\t').map((field) => field.trim());
      expect(qid).toBe('all');
      expect(value).toBe(expected.get(measure!));
    }
    expect(lines.length).toBeGreaterThan(80);
  });
  it('prints per-query rows first with -q', () => {
    const result = retrieval('-q');
    expect(result.code).toBe(0);
    const rows = result.stdout
      .trim()
      .split('\n')
      .map((line) => line.split('\t').map((field) => field.trim()));
    expect(rows.findIndex((row) => row[1] === 'all')).toBeGreaterThan(
      rows.findIndex((row) => row[1] === 'q2'),
    );
    expect(rows.find((row) => row[0] === 'recip_rank' && row[1] === 'q2')![2]).toBe('0.5000');
  });
  it('prints {all, perQuery} with trec_eval names in --json, honours -k, and reports queries found in one file only', () => {
    const result = retrieval('--json', '-k', '1,2');
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as {
      all: Record<string, number>;
      perQuery: Record<string, Record<string, number>>;
    };
    expect(Object.keys(json)).toEqual(['all', 'perQuery']);
    expect(Object.keys(json.perQuery)).toEqual(['q1', 'q2']);
    expect(json.all.num_q).toBe(2);
    expect(json.all.P_1).toBe(0.5);
    expect(json.perQuery.q1!.P_2).toBe(0.5);
    expect(json.perQuery.q1).not.toHaveProperty('P_10');
    // d1 and d2 tie at 0.5: trec_eval puts d2 first (docid descending), so q1 ranks d3, d2, d1.
    expect(json.perQuery.q1!.map).toBeCloseTo((1 + 2 / 3) / 2, 10);
    expect(result.stderr).toMatch(/1 run query has no judgments .*q7/);
    expect(result.stderr).toMatch(/1 judged query is missing from the run .*q3/);
  });
  it('counts missing queries as 0 with -c', () => {
    const result = retrieval('--json', '-c');
    const json = JSON.parse(result.stdout) as { all: Record<string, number> };
    expect(json.all.num_q).toBe(3);
  });
  it('exits 3 with file and line for a malformed run, and lists duplicate documents and bad scores as warnings', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fixfirst-retrieval-'));
    writeFileSync(join(dir, 'short.run'), 'q1 Q0 d1 1 0.5 r\nq1 Q0 d2\n');
    const short = runCli(['retrieval', '--qrels', fixture('qrels.txt'), '--run', join(dir, 'short.run')]);
    expect(short.code).toBe(3);
    expect(short.stderr).toContain('short.run:2: expected 6 fields');
    expect(short.stderr).not.toMatch(/at .*\.js/);
    writeFileSync(join(dir, 'messy.run'), 'q1 Q0 d1 1 0.5 r\nq1 Q0 d1 2 0.4 r\nq1 Q0 d3 3 n/a r\n');
    const messy = runCli(['retrieval', '--qrels', fixture('qrels.txt'), '--run', join(dir, 'messy.run')]);
    expect(messy.code).toBe(0);
    expect(messy.stderr).toMatch(/1 document\(s\) listed twice .*q1\/d1/);
    expect(messy.stderr).toMatch(/1 line with a score that is not a number .*line 3/);
  });
  it('exits 3 for a missing file and 2 for a bad -k or -l', () => {
    expect(runCli(['retrieval', '--qrels', 'nope.txt', '--run', fixture('run.txt')]).code).toBe(3);
    const badK = retrieval('-k', '0,5');
    expect(badK.code).toBe(2);
    expect(badK.stderr).toContain('-k expects positive whole numbers');
    expect(retrieval('-l', 'x').code).toBe(2);
    expect(runCli(['retrieval', '--run', fixture('run.txt')]).code).toBe(2);
  });
});
