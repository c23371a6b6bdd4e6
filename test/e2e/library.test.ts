import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/run-cli.js';
import { jsonl, tempProject } from '../helpers/temp-project.js';

// The compiled package entry, imported by its own name as a user's script would (`exports` in package.json).
const library = await import('fixfirst');

describe('fixfirst as a library (the package entry)', () => {
  it('diagnoses a project and returns the report.json document', async () => {
    const report = await library.diagnoseProject(`${repoRoot}examples/support-bot`, {
      today: new Date('2026-11-30T00:00:00Z'),
    });
    expect(report.verdict.decision).toBe('FIX_PROMPT');
    expect(report.generatedAt).toBe('2026-11-30T00:00:00.000Z');
    expect(report.tool.version).toBe(library.version);
    expect(library.reportSchema.safeParse(report).success).toBe(true);
    expect(library.renderMarkdown(report)).toContain('FIX_PROMPT');
  });

  it('stops the training-set audit thread when diagnosis fails before Q2', async () => {
    // A scorer that throws while the items are scored, after the audit thread started: the thread
    // must not go on auditing in the caller's process (CPU time counts every thread of it).
    const dir = mkdtempSync(join(tmpdir(), 'fixfirst-library-stop-'));
    try {
      cpSync(`${repoRoot}examples/support-bot`, dir, { recursive: true });
      writeFileSync(
        join(dir, 'throws.mjs'),
        "export default () => { throw new Error('cannot score this'); };\n",
      );
      const config = readFileSync(join(dir, 'fixfirst.yaml'), 'utf8');
      writeFileSync(
        join(dir, 'fixfirst.yaml'),
        config.replace(/score: .*/, 'score: { type: custom, module: throws.mjs }'),
      );
      await expect(library.diagnoseProject(dir)).rejects.toThrow('cannot score this');
      const idleFrom = process.cpuUsage();
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const idle = process.cpuUsage(idleFrom);
      // The audit left running costs about half a second of CPU on this example; stopped, almost none.
      expect((idle.user + idle.system) / 1000).toBeLessThan(200);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('throws a FixfirstError naming the file for a project mistake', async () => {
    await expect(library.diagnoseProject(`${repoRoot}examples/no-such-project`)).rejects.toBeInstanceOf(
      library.FixfirstError,
    );
  });

  it('names every bad row in one error, rows without an output among them, when other rows have one', async () => {
    const row = (id: number, extra: Record<string, unknown> = {}) => ({
      id,
      input: `q${id}`,
      reference: 'a',
      output: 'a',
      ...extra,
    });
    const dir = tempProject({
      'fixfirst.yaml': 'task: t\neval: eval.jsonl\nscore: { type: exact }\n',
      'eval.jsonl': jsonl([
        row(1),
        row(2, { output: undefined }),
        row(3, { input: 7 }),
        row(4, { output: undefined }),
      ]),
    });
    const error: unknown = await library.diagnoseProject(dir).then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    if (!(error instanceof library.FixfirstError)) throw new Error(`expected a FixfirstError, got ${error}`);
    const named = [{ location: error.location, problem: error.message }, ...error.others].map(
      (problem) => `${problem.location.file}:${problem.location.line} ${problem.location.field}`,
    );
    expect(named).toEqual([
      expect.stringMatching(/\/eval\.jsonl:2 output$/),
      expect.stringMatching(/\/eval\.jsonl:3 input$/),
      expect.stringMatching(/\/eval\.jsonl:4 output$/),
    ]);
    expect(error.total).toBe(3);
  });

  it('exposes the statistics with their reference values', () => {
    // The stats.md test vector: wilson(7, 10) → [0.39678, 0.89221].
    const estimate = library.wilson(7, 10);
    expect(estimate.low).toBeCloseTo(0.39678, 5);
    expect(estimate.high).toBeCloseTo(0.89221, 5);
  });

  it('lists the registered checks and scorers', () => {
    expect(library.contractChecks.map((check) => check.id)).toContain('json_schema');
    expect(library.scorers.map((scorer) => scorer.id)).toContain('json-fields');
  });
});
