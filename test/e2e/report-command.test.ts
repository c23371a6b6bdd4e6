import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, runCli } from '../helpers/run-cli.js';
import { runMain } from '../helpers/run-main.js';

/**
 * `fixfirst diagnose --out` writes report.html; `fixfirst report` re-renders any report.json. Runs
 * in-process (runMain) except where the current folder matters.
 */

const project = 'test/fixtures/html-report';
const folder = mkdtempSync(join(tmpdir(), 'fixfirst-report-'));
const out = join(folder, 'out');
let reportJson: string;

beforeAll(async () => {
  const run = await runMain(['diagnose', project, '--out', out, '--quiet']);
  expect(run.code, run.stderr).toBe(0);
  reportJson = join(out, 'report.json');
});

const edited = (name: string, edit: (report: Record<string, unknown>) => void) => {
  const report = JSON.parse(readFileSync(reportJson, 'utf8')) as Record<string, unknown>;
  edit(report);
  const path = join(folder, name);
  writeFileSync(path, JSON.stringify(report, null, 2));
  return path;
};

describe('fixfirst diagnose --out', () => {
  it('writes report.html next to report.json and report.md, with the items’ texts', async () => {
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('id="verdict"');
    expect(html).toContain('"texts":true');
    expect(html).toContain('Ticket 1: please help');
    expect(readFileSync(join(out, 'report.md'), 'utf8')).toContain('## fixfirst:');
  });
});

describe('fixfirst report', () => {
  it('re-renders the HTML byte for byte, taking the texts from the eval file the report names', async () => {
    const target = join(folder, 'again.html');
    const run = await runMain(['report', reportJson, '--format', 'html', '--out', target]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain(`wrote ${target}`);
    expect(readFileSync(target, 'utf8')).toBe(readFileSync(join(out, 'report.html'), 'utf8'));
  });

  it('renders without texts, and says why, when the eval file is not where the report says', async () => {
    const run = runCli(['report', reportJson, '--format', 'html'], { cwd: folder });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain('not found from here');
    expect(run.stdout).toContain('This report carries no input, output or reference texts');
  });

  it('takes the texts from --eval when the file is the one the report was made from', async () => {
    const moved = join(folder, 'moved-eval.jsonl');
    writeFileSync(moved, readFileSync(join(repoRoot, project, 'eval.jsonl')));
    const run = await runMain(['report', reportJson, '--format', 'html', '--eval', moved]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('"texts":true');
  });

  it('refuses texts from an eval file that changed since the report was made', async () => {
    const changed = join(folder, 'eval.jsonl');
    writeFileSync(changed, `${readFileSync(join(repoRoot, project, 'eval.jsonl'), 'utf8')}\n`);
    const run = await runMain(['report', reportJson, '--format', 'html', '--eval', changed]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('has changed since the report was made');
    expect(run.stdout).toContain('"texts":false');
  });

  it('shows inputs and references only when the outputs came from a run, not the eval file', async () => {
    const path = edited('from-run.json', (report) => {
      (report.project as Record<string, unknown>).outputs = { source: 'run', model: 'openai:gpt-4o-mini' };
    });
    const run = await runMain(['report', path, '--format', 'html']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain('the outputs were produced by fixfirst run');
    expect(run.stdout).toContain('<p class="notice">the outputs were produced by fixfirst run');
    expect(run.stdout).toContain('"Ticket 1: please help","",');
  });

  it('renders Markdown and the terminal summary', async () => {
    const markdown = await runMain(['report', reportJson, '--format', 'md']);
    expect(markdown.code).toBe(0);
    expect(markdown.stdout).toContain('### Action plan');
    const terminal = await runMain(['report', reportJson]);
    expect(terminal.code).toBe(0);
    expect(terminal.stdout).toContain('VERDICT');
  });

  it('names the first bad field of a report that does not match the schema (exit 3)', async () => {
    const path = edited('bad-class.json', (report) => {
      (report.items as { class: string }[])[3]!.class = 'weird';
    });
    const run = await runMain(['report', path, '--format', 'html']);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain(`${path}: field "items[3].class": Invalid option`);
    expect(run.stdout).toBe('');
  });

  it('looks inside an answered question for what is missing, not at the not_assessed branch', async () => {
    const path = edited('bad-data.json', (report) => {
      (report.questions as Record<string, unknown>).data = { status: 'ready', reason: 'hand-written' };
    });
    const run = await runMain(['report', path]);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain('field "questions.data.reasons"');
  });

  it('says which schema version it reads when the report is from another version', async () => {
    const path = edited('future.json', (report) => {
      report.schemaVersion = 2;
    });
    const run = await runMain(['report', path]);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain('report schema version 2 is not the one this fixfirst reads (1)');
  });

  it('points at the line of broken JSON, and at a missing file', async () => {
    const broken = join(folder, 'broken.json');
    writeFileSync(broken, '{\n  "schemaVersion": 1,\n}\n');
    const run = await runMain(['report', broken]);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain(`${broken}:3: not valid JSON`);
    const missing = await runMain(['report', join(folder, 'nope.json')]);
    expect(missing.code).toBe(3);
    expect(missing.stderr).toContain('no such file');
  });

  it('rejects an unknown format as a usage error (exit 2)', async () => {
    const run = await runMain(['report', reportJson, '--format', 'pdf']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('html, md, terminal');
  });
});
