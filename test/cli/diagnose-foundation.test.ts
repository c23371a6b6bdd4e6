import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Report, reportSchema } from '../../src/core/report/report.js';
import { repoRoot, runCli } from '../helpers/run-cli.js';

const fixture = (name: string) => join(repoRoot, 'test/fixtures', name);

function report(name: string): Report {
  const result = runCli(['diagnose', fixture(name), '--json']);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  const parsed = JSON.parse(result.stdout) as Report;
  // The report, Q4 included, conforms to the published report.json schema.
  expect(reportSchema.safeParse(parsed).error).toBeUndefined();
  return parsed;
}

describe('fixfirst diagnose: Q4 foundation', () => {
  it('finds the foundation gap from inline contexts and gold ids, and says FIX_FOUNDATION', () => {
    const diagnosed = report('foundation-gap');
    const foundation = diagnosed.questions.foundation;
    expect(diagnosed.verdict.decision).toBe('FIX_FOUNDATION');
    expect(foundation.status).toBe('foundation_gap');
    if (foundation.status === 'not_assessed') return;
    expect(foundation.items).toMatchObject({
      total: 61,
      assessed: 61,
      failures: 30,
      failuresGoldMissing: 24,
    });
    expect(foundation.pValue).toBeLessThan(0.001);
    expect(foundation.retrieval?.source).toBe('inline');
    expect(foundation.hygiene.map((finding) => finding.code)).toEqual(['duplicate_input', 'mojibake']);
    expect(foundation.reason).toMatch(/Eval-set hygiene: 2 item\(s\) duplicate_input/);
    // One computation: the headroom bar, the foundation-flagged items and Q4 agree.
    expect(diagnosed.summary.foundationItems).toBe(foundation.items.failuresGoldMissing);
    expect(foundation.projectedLift.value).toBe(
      diagnosed.headroom.find((step) => step.step === 'foundation')!.value,
    );
  });
  it('joins qrels and a run to the items by id, and splits misses into ranked-deeper and not-retrieved', () => {
    const diagnosed = report('foundation-run');
    const foundation = diagnosed.questions.foundation;
    if (foundation.status === 'not_assessed') throw new Error(foundation.reason);
    expect(foundation.status).toBe('foundation_gap');
    expect(foundation.goldDepth).toMatchObject({
      k: 3,
      rankedDepth: 20,
      misses: 25,
      deeper: 15,
      nowhere: 10,
    });
    expect(foundation.retrieval).toMatchObject({ source: 'qrels_run', k: 3, queries: 40 });
    expect(foundation.details).toMatchObject({ contextsFromRun: 40, goldFromQrels: 40 });
    expect(foundation.findings.map((finding) => finding.code)).toContain('run_query_not_in_eval');
    expect(diagnosed.inputs.files.map((file) => file.role)).toEqual(['config', 'eval', 'qrels', 'run']);
    // 40 items < min_items: the verdict waits for more data even though Q4 sees a gap.
    expect(diagnosed.verdict.decision).toBe('INCONCLUSIVE');
  });
  it('prints Q4 with its retrieval figures in the terminal summary', () => {
    const result = runCli(['diagnose', fixture('foundation-run')]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Q4 Foundation problem\?\s+FOUNDATION GAP/);
    expect(result.stdout).toMatch(/retrieval \(qrels \+ run, k=3, 40 queries\): hit rate 37\.5%/);
    expect(result.stdout).toMatch(/ranked below k in 15 of 25/);
  });
  it('exits 3 naming the qrels file and line when it is malformed', () => {
    const result = runCli(['diagnose', fixture('foundation-bad-qrels')]);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('qrels.txt:2: expected 4 fields');
  });
});
