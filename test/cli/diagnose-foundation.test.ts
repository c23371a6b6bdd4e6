import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Report, reportSchema } from '../../src/core/report/report.js';
import { repoRoot, runCli } from '../helpers/run-cli.js';
import { jsonl, tempProject } from '../helpers/temp-project.js';

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
    expect(foundation.projectedLift).toMatchObject({
      value: diagnosed.headroom.find((step) => step.step === 'foundation')!.value,
    });
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
    // Every retrieval figure with the interval report.json carries (Wilson, or the bootstrap).
    const diagnosed = report('foundation-run');
    const foundation = diagnosed.questions.foundation;
    if (foundation.status === 'not_assessed') throw new Error(foundation.reason);
    const { recall, reciprocalRank, ndcg } = foundation.retrieval!;
    const score = (estimate: { value: number; low: number; high: number }) =>
      `${estimate.value.toFixed(3)} [${estimate.low.toFixed(3)}–${estimate.high.toFixed(3)}]`;
    expect(result.stdout).toContain(
      `recall ${(recall.value * 100).toFixed(1)}% [${(recall.low * 100).toFixed(1)}–${(recall.high * 100).toFixed(1)}] · MRR ${score(reciprocalRank)} · nDCG@3 ${score(ndcg)}`,
    );
    expect(result.stdout).toMatch(
      /gold passage missing for [\d.]+% \[[\d.]+–[\d.]+\] of \d+ content failures \(\d+\): an upper bound on the failures retrieval fixes can buy/,
    );
    expect(result.stdout).toMatch(/ranked below k in 15 of 25/);
  });
  it('exits 3 naming the qrels file and line when it is malformed', () => {
    const result = runCli(['diagnose', fixture('foundation-bad-qrels')]);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('qrels.txt:2: expected 4 fields');
  });
});

/** 100 items, 63 right; gold ids "1", "2", … while passage ids are "doc-1", …; `matching` items spelled alike. */
function idMismatchProject(matching: number): string {
  const rows = Array.from({ length: 100 }, (_, index) => ({
    id: index,
    input: `q ${index}`,
    reference: 'a',
    output: index % 100 < 63 ? 'a' : 'b',
    contexts: [
      { id: `doc-${index}`, text: 'x' },
      { id: `doc-${1000 + index}`, text: 'y' },
    ],
    gold_ids: [index < matching ? `doc-${index}` : String(index)],
  }));
  return tempProject({
    'fixfirst.yaml': 'task: t\neval: eval.jsonl\nretrieval: { k: 5 }\nscore: { type: exact }\n',
    'eval.jsonl': jsonl(rows),
  });
}

describe('fixfirst diagnose: the foundation bar when Q4 cannot carry it', () => {
  it.each([
    [1, 'one item whose gold id matches'],
    [0, 'no item whose gold id matches'],
  ])(
    'gold ids that mostly match no passage id (%i matching: %s) leave the bar not assessed and the verdict FIX_DATA',
    (matching) => {
      const dir = idMismatchProject(matching);
      const out = join(dir, 'out');
      const result = runCli(['diagnose', dir, '--out', out, '--today', '2026-11-30']);
      expect(result.code).toBe(0);
      const diagnosed = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as Report;
      expect(reportSchema.safeParse(diagnosed).error).toBeUndefined();
      expect(diagnosed.questions.foundation.status).toBe('inconclusive');
      const bar = diagnosed.headroom.find((step) => step.step === 'foundation')!;
      expect(bar).toMatchObject({ kind: 'not_assessed', value: null, low: null, high: null });
      expect(bar.note).toMatch(/gold id\(s\) match no passage id in any prompt \(gold_id_unknown\)/);
      const foundation = diagnosed.questions.foundation;
      if (foundation.status === 'not_assessed') throw new Error(foundation.reason);
      expect(foundation.projectedLift).toEqual({ status: 'not_assessed', reason: bar.note });
      // Every content failure stays in the remainder: 37 pts, so the verdict is about the data.
      expect(diagnosed.headroom.find((step) => step.step === 'behavioral')!.value).toBeCloseTo(0.37, 12);
      expect(diagnosed.verdict.decision).toBe('FIX_DATA');
      // Every view says "not assessed" instead of a number.
      expect(result.stdout).toMatch(/\+ foundation fixes\s+not assessed\n\s+\d+ of 100 gold id\(s\)/);
      expect(result.stdout).not.toMatch(/\+ foundation fixes\s+\+/);
      const markdown = readFileSync(join(out, 'report.md'), 'utf8');
      expect(markdown).toContain('| + foundation fixes | not assessed | — | not assessed |');
      const html = readFileSync(join(out, 'report.html'), 'utf8');
      expect(html).toMatch(/<tr class="step-foundation">[\s\S]*?not assessed[\s\S]*?<\/tr>/);
      expect(html).toContain('+ foundation fixes not assessed');
    },
  );
  it('says "not assessed" (not +0.0 pts) for the foundation bar of a project without retrieval data', () => {
    const rows = Array.from({ length: 60 }, (_, index) => ({
      id: index,
      input: `q ${index}`,
      reference: 'a',
      output: index < 40 ? 'a' : 'b',
    }));
    const dir = tempProject({
      'fixfirst.yaml': 'task: t\neval: eval.jsonl\nscore: { type: exact }\n',
      'eval.jsonl': jsonl(rows),
    });
    const result = runCli(['diagnose', dir, '--json']);
    expect(result.code).toBe(0);
    const diagnosed = JSON.parse(result.stdout) as Report;
    expect(diagnosed.questions.foundation.status).toBe('not_assessed');
    expect(diagnosed.headroom.find((step) => step.step === 'foundation')).toMatchObject({
      kind: 'not_assessed',
      value: null,
      note: expect.stringMatching(/^no retrieval data/),
    });
    expect(runCli(['diagnose', dir]).stdout).toMatch(
      /\+ foundation fixes\s+not assessed\n\s+no retrieval data/,
    );
  });
});
