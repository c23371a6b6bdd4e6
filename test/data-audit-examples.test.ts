import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli } from './helpers/run-cli.js';

/** Manifest kinds of examples/generate.ts and the finding code each must raise. */
const expectedCode: Record<string, string> = {
  exact_duplicate: 'exact_duplicate',
  near_duplicate: 'near_duplicate',
  conflicting_label: 'conflicting_targets',
  eval_leak: 'eval_leakage',
  fenced_target: 'contract_violation_in_target',
  long_target: 'contract_violation_in_target',
  key_case_target: 'contract_violation_in_target',
  empty_target: 'empty_target',
  placeholder_target: 'placeholder',
  refusal_target: 'refusal_boilerplate',
  pii_email: 'pii',
  pii_card: 'pii',
  pii_phone: 'pii',
  secret: 'pii',
  missing_assistant: 'format_error',
  bad_role: 'format_error',
};

interface Manifest {
  train?: { planted: Record<string, { lines: number[] }> };
}

function audit(example: string) {
  const dir = join(repoRoot, 'examples', example);
  const run = runCli(['audit', 'data/train.jsonl', '--config', 'fixfirst.yaml', '--json', '-q'], {
    cwd: dir,
  });
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as {
    readiness: { status: string };
    findings: { code: string; severity: string; rows: number[] }[];
  };
}

describe('the audit on the bundled examples', () => {
  it.each(['support-bot', 'dirty-data'])(
    '%s: every problem the generator planted is found at its row',
    (example) => {
      const manifest = JSON.parse(
        readFileSync(join(repoRoot, 'examples', example, 'manifest.json'), 'utf8'),
      ) as Manifest;
      const report = audit(example);
      expect(report.readiness.status).toBe('not_ready');
      const rowsByCode = new Map<string, Set<number>>();
      for (const finding of report.findings) {
        if (finding.severity === 'info') continue;
        const rows = rowsByCode.get(finding.code) ?? new Set<number>();
        for (const row of finding.rows) rows.add(row);
        rowsByCode.set(finding.code, rows);
      }
      for (const [kind, planted] of Object.entries(manifest.train!.planted)) {
        const code = expectedCode[kind];
        expect(code, `a code for planted kind ${kind}`).toBeDefined();
        const missed = planted.lines.filter((line) => !rowsByCode.get(code!)?.has(line));
        expect(missed, `${kind} (${code}) rows not found`).toEqual([]);
      }
    },
  );

  it.each(['behavioral-gap', 'not-worth-it'])(
    '%s: a clean generated set is ready, without a single warning',
    (example) => {
      const report = audit(example);
      expect(report.readiness.status).toBe('ready');
      expect(report.findings.filter((finding) => finding.severity !== 'info')).toEqual([]);
    },
  );
});
