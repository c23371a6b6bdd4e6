import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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

  it('dirty-data: the clean command the audit prints, run as printed, drops the leaked and contract-breaking rows', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fixfirst-dirty-'));
    cpSync(join(repoRoot, 'examples', 'dirty-data'), dir, { recursive: true });
    const flags = ['--eval', 'data/eval.jsonl', '--config', 'fixfirst.yaml'];
    const first = runCli(['audit', 'data/train.jsonl', ...flags, '-q'], { cwd: dir });
    const printed = /Fix: `fixfirst (clean [^`]+)`/.exec(first.stdout)?.[1];
    expect(printed).toBe(
      'clean data/train.jsonl --out data/train.clean.jsonl --eval data/eval.jsonl --config fixfirst.yaml',
    );
    const reaudit = /then `fixfirst (audit [^`]+)`/.exec(first.stdout)?.[1];
    expect(reaudit).toBe('audit data/train.clean.jsonl --eval data/eval.jsonl --config fixfirst.yaml');
    // No quoting in these paths: the printed words are the arguments.
    expect(runCli([...printed!.split(' '), '-q'], { cwd: dir }).code).toBe(0);
    const codes = (args: string[]) =>
      new Set(
        (
          JSON.parse(runCli([...args, '--json', '-q'], { cwd: dir }).stdout) as {
            findings: { code: string; severity: string }[];
          }
        ).findings
          .filter((finding) => finding.severity !== 'info')
          .map((finding) => finding.code),
      );
    const before = codes(['audit', 'data/train.jsonl', ...flags]);
    const after = codes(reaudit!.split(' '));
    const removable = [
      'eval_leakage',
      'contract_violation_in_target',
      'exact_duplicate',
      'near_duplicate',
      'empty_target',
      'placeholder',
      'format_error',
    ];
    for (const code of removable) {
      expect(before.has(code), `${code} before`).toBe(true);
      expect(after.has(code), `${code} after`).toBe(false);
    }
    // What clean leaves needs a person (the audit says so): conflicting answers and personal data.
    expect(after.has('conflicting_targets') && after.has('pii')).toBe(true);
    // The bare command, without the eval set and config, would have left the leaked and contract-breaking rows.
    runCli(['clean', 'data/train.jsonl', '--out', 'bare.jsonl', '-q'], { cwd: dir });
    const bare = codes(['audit', 'bare.jsonl', ...flags]);
    expect(bare.has('eval_leakage')).toBe(true);
    expect(bare.has('contract_violation_in_target')).toBe(true);
  });

  it("dirty-data: diagnose's clean action names the project's paths", () => {
    const run = runCli(['diagnose', 'examples/dirty-data', '--json']);
    const report = JSON.parse(run.stdout) as { verdict: { actions: { kind: string; title: string }[] } };
    const action = report.verdict.actions.find((entry) => entry.kind === 'fix_data');
    expect(action?.title).toBe(
      'Clean the training set before any fine-tuning (`fixfirst clean examples/dirty-data/data/train.jsonl --out examples/dirty-data/data/train.clean.jsonl --config examples/dirty-data/fixfirst.yaml`)',
    );
  });
});
