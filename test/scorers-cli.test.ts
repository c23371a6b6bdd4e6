import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scorers } from '../src/checks/scorers/index.js';
import { exitCodes } from '../src/cli/exit-codes.js';
import { runCli } from './helpers/run-cli.js';

const scratch = mkdtempSync(join(tmpdir(), 'fixfirst-scorers-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Writes a tiny project (fixfirst.yaml, eval.jsonl, extra files) into a scratch folder and returns it. */
function project(name: string, yaml: string, rows: object[], files: Record<string, string> = {}): string {
  const dir = join(scratch, name);
  mkdirSync(dir, { recursive: true });
  const all = {
    'fixfirst.yaml': yaml,
    'eval.jsonl': rows.map((row) => JSON.stringify(row)).join('\n'),
    ...files,
  };
  for (const [file, content] of Object.entries(all)) writeFileSync(join(dir, file), content);
  return dir;
}

describe('scorers through the CLI', () => {
  it('fixfirst scorers lists every scorer with its strict and lenient rule', () => {
    const run = runCli(['scorers']);
    expect(run.code).toBe(exitCodes.ok);
    for (const scorer of scorers) expect(run.stdout).toMatch(new RegExp(`^${scorer.id}\\b`, 'm'));
    expect(run.stdout).toContain('strict:   The raw output parses with JSON.parse');
    expect(run.stdout).toContain('fields (required): Fields to compare');
  });

  it('diagnose scores json-fields strictly and leniently (test/fixtures/scorers-json-fields)', () => {
    const run = runCli(['diagnose', 'test/fixtures/scorers-json-fields', '--json']);
    expect(run.code).toBe(exitCodes.ok);
    const report = JSON.parse(run.stdout) as {
      items: {
        id: string;
        class: string;
        correctStrict: boolean;
        correctLenient: boolean;
        scoreDetail?: string;
      }[];
    };
    const byId = Object.fromEntries(report.items.map((item) => [item.id, item]));
    expect(byId.clean).toMatchObject({ class: 'pass', correctStrict: true, correctLenient: true });
    expect(byId.fenced).toMatchObject({ class: 'surface', correctStrict: false, correctLenient: true });
    expect(byId['prose-key-case']).toMatchObject({ class: 'surface', correctLenient: true });
    expect(byId.wrong).toMatchObject({
      class: 'behavioral',
      correctLenient: false,
      scoreDetail: 'category: expected "refunds", got "billing"',
    });
    expect(byId['wrong-fenced']).toMatchObject({
      class: 'behavioral',
      scoreDetail: 'priority: expected "high", got "low"',
    });
  });

  it('an unusable reference is an input error with file, line and field, for every bad row', () => {
    const dir = project('bad-reference', 'task: t\neval: eval.jsonl\nscore: {type: number}\n', [
      { id: 'a', input: 'q', reference: 42, output: '42' },
      { id: 'b', input: 'q', reference: 'about five', output: '5' },
      { id: 'c', input: 'q', reference: { n: 1 }, output: '1' },
    ]);
    const run = runCli(['diagnose', dir]);
    expect(run.code).toBe(exitCodes.input);
    expect(run.stderr).toContain(
      'eval.jsonl:2: field "reference": reference "about five" is not a number (scorer number)',
    );
    expect(run.stderr).toContain('eval.jsonl:3: field "reference": reference {"n":1} is not a number');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('an invalid pattern is a config error at the score line', () => {
    const dir = project(
      'bad-pattern',
      'task: t\neval: eval.jsonl\nscore:\n  type: regex\n  pattern: "(unclosed"\n',
      [{ id: 'a', input: 'q', output: 'x' }],
    );
    const run = runCli(['diagnose', dir]);
    expect(run.code).toBe(exitCodes.config);
    expect(run.stderr).toMatch(
      /fixfirst\.yaml:\d+: field "score\.pattern": invalid regular expression "\(unclosed"/,
    );
  });

  it('a custom scorer runs from the project; a throw names the module and the item', () => {
    const rows = [
      { id: 'ok-1', input: 'q', reference: 'billing', output: ' Billing ' },
      { id: 'ok-2', input: 'q', reference: 'billing', output: 'billing' },
    ];
    const module =
      'export default ({ output, reference, mode }) => {\n' +
      "  if (output === 'boom') throw new Error('cannot score boom');\n" +
      "  return mode === 'strict' ? output === reference : output.trim().toLowerCase() === reference;\n" +
      '};\n';
    const dir = project(
      'custom',
      'task: t\neval: eval.jsonl\nscore: {type: custom, module: score.mjs}\n',
      rows,
      {
        'score.mjs': module,
      },
    );
    const run = runCli(['diagnose', dir, '--json']);
    expect(run.code).toBe(exitCodes.ok);
    const report = JSON.parse(run.stdout) as { items: { id: string; class: string }[] };
    expect(report.items.map((item) => item.class)).toEqual(['surface', 'pass']);

    project('custom', 'task: t\neval: eval.jsonl\nscore: {type: custom, module: score.mjs}\n', [
      ...rows,
      { id: 'bad-3', input: 'q', reference: 'billing', output: 'boom' },
    ]);
    const failing = runCli(['diagnose', dir]);
    expect(failing.code).toBe(exitCodes.input);
    expect(failing.stderr).toContain(
      'custom scorer score.mjs#default threw on item "bad-3" (strict mode): cannot score boom',
    );
  });
});
