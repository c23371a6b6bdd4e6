import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exitCodes } from '../../src/cli/exit-codes.js';
import { repoRoot, runCli } from '../helpers/run-cli.js';

/**
 * diagnose starts Q2's audit in a second thread before scoring the eval set (src/diagnosis/
 * assess-data.ts): every audit that needs neither token counts nor the contract runs there. The
 * support-bot example plants problems for most audits; the answer must not depend on the thread.
 */
describe('diagnose with the training-set audit in a second thread', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fixfirst-audit-thread-'));
  cpSync(join(repoRoot, 'examples/support-bot'), dir, { recursive: true });
  const config = readFileSync(join(dir, 'fixfirst.yaml'), 'utf8');
  writeFileSync(join(dir, 'one-thread.yaml'), `${config}\naudit: { threads: 1 }\n`);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('gives the same Q2 answer as one thread', () => {
    const twoThreads = runCli(['diagnose', dir, '--json']);
    const oneThread = runCli(['diagnose', join(dir, 'one-thread.yaml'), '--json']);
    expect(twoThreads.code, twoThreads.stderr).toBe(0);
    expect(oneThread.code, oneThread.stderr).toBe(0);
    // Everything but the clean command, which names each run's own config file.
    const data = (run: { stdout: string }) => {
      const { cleanCommand, ...rest } = (
        JSON.parse(run.stdout) as { questions: { data: Record<string, unknown> } }
      ).questions.data;
      expect(cleanCommand).toContain('fixfirst clean');
      return rest;
    };
    const two = data(twoThreads);
    expect(two.status).toBe('not_ready');
    expect((two.findings as unknown[]).length).toBeGreaterThan(5);
    expect(two).toEqual(data(oneThread));
  });

  it("ends with the scorer's error when diagnosis stops after the audit thread started", () => {
    // The custom scorer throws while items are scored, after the audit thread started: the run
    // ends with the scorer's error (bad input), not an unhandled rejection or the worker's output.
    writeFileSync(
      join(dir, 'throws.mjs'),
      "export default () => { throw new Error('cannot score this'); };\n",
    );
    writeFileSync(
      join(dir, 'throwing-scorer.yaml'),
      config.replace(/score: .*/, 'score: { type: custom, module: throws.mjs }'),
    );
    const run = runCli(['diagnose', join(dir, 'throwing-scorer.yaml')]);
    expect(run.code, run.stderr).toBe(exitCodes.input);
    expect(run.stderr).toContain('cannot score this');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
