import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { cleanChatRows, evalItems, toJsonl } from '../helpers/training-data.js';

// Progress on long work, end to end: stderr is not a terminal here, so progress comes as plain lines.
// FIXFIRST_PROGRESS_INTERVAL_MS=0 makes every step report, so a small file stands in for a huge one.
const folder = mkdtempSync(join(tmpdir(), 'fixfirst-progress-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const path = (name: string) => join(folder, name);
const everyStep = { FIXFIRST_PROGRESS_INTERVAL_MS: '0' };

beforeAll(() => {
  const rows = cleanChatRows(1500, 91);
  // Two near copies, so the similarity checks have candidate pairs to verify.
  rows[1499] = structuredClone(rows[10]!);
  rows[1499].messages[1]!.content = `${rows[1499].messages[1]!.content} Thanks.`;
  writeFileSync(path('train.jsonl'), toJsonl(rows));
  writeFileSync(path('eval.jsonl'), toJsonl(evalItems(40, 92)));
  // parallel_min_bytes 0: the similarity checks run in the worker thread, whose steps the main thread relays.
  writeFileSync(
    path('fixfirst.yaml'),
    'task: Classify support tickets\neval: eval.jsonl\nscore: {type: exact}\naudit:\n  parallel_min_bytes: 0\n',
  );
});

describe('audit progress', () => {
  const args = [
    'audit',
    path('train.jsonl'),
    '--eval',
    path('eval.jsonl'),
    '--config',
    path('fixfirst.yaml'),
  ];

  it('prints plain lines on stderr for every step, rows counted, and leaves stdout and the result alone', () => {
    const quiet = runCli([...args, '--json', '-q'], { env: everyStep });
    const shown = runCli([...args, '--json'], { env: everyStep });
    expect([quiet.code, shown.code]).toEqual([0, 0]);
    expect(quiet.stderr).toBe('');
    expect(shown.stdout).toBe(quiet.stdout);
    JSON.parse(shown.stdout);
    const lines = shown.stderr.split('\n').filter((line) => line !== '');
    expect(lines.some((line) => /^auditing: reading rows: 1,500\/1,500 rows done in \d/.test(line))).toBe(
      true,
    );
    expect(
      lines.some((line) => /^similarity checks: reading rows: 1,500\/1,500 rows done in \d/.test(line)),
    ).toBe(true);
    expect(lines.some((line) => /^near duplicates: rereading rows: \d+\/\d+ rows done in/.test(line))).toBe(
      true,
    );
    expect(
      lines.some((line) =>
        /^near duplicates: verifying candidate pairs: \d[\d,]*\/\d[\d,]* pairs done in/.test(line),
      ),
    ).toBe(true);
    expect(
      lines.some((line) => /^conflicting targets: finding candidate pairs: 20\/20 bands done in/.test(line)),
    ).toBe(true);
    expect(lines.some((line) => /^eval leakage: done in/.test(line))).toBe(true);
    // Plain lines: no carriage return, no terminal escape.
    expect(shown.stderr.includes('\r') || shown.stderr.includes('\u001b')).toBe(false);
  });

  it('prints nothing on stderr for a short audit at the default interval', () => {
    const run = runCli([...args, '--json']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
  });
});

describe('diagnose progress', () => {
  it('reports the items evaluated, on stderr only, with the same report', () => {
    const quiet = runCli(['diagnose', 'examples/support-bot', '--json', '-q'], { env: everyStep });
    const shown = runCli(['diagnose', 'examples/support-bot', '--json'], { env: everyStep });
    expect([quiet.code, shown.code]).toEqual([0, 0]);
    expect(quiet.stderr).toBe('');
    expect(shown.stderr).toMatch(/^evaluating items: 400\/400 items done in \d/m);
    const withoutTime = (text: string) => text.replace(/"(generatedAt|createdAt|date|now)": "[^"]*"/g, '');
    expect(withoutTime(shown.stdout)).toBe(withoutTime(quiet.stdout));
  });
});
