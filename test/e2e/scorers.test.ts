import { describe, expect, it } from 'vitest';
import { scorers } from '../../src/checks/scorers/index.js';
import { exitCodes } from '../../src/cli/exit-codes.js';
import { runCli } from '../helpers/run-cli.js';
import { runMain } from '../helpers/run-main.js';
import { jsonl, tempProject } from '../helpers/temp-project.js';

describe('scorers through the CLI', () => {
  it('fixfirst scorers lists every scorer with its strict and lenient rule', async () => {
    const run = await runMain(['scorers']);
    expect(run.code).toBe(exitCodes.ok);
    for (const scorer of scorers) expect(run.stdout).toMatch(new RegExp(`^${scorer.id}\\b`, 'm'));
    expect(run.stdout).toContain('strict:   The raw output parses with JSON.parse');
    expect(run.stdout).toContain('fields (required): Fields to compare');
  });

  it('diagnose scores json-fields strictly and leniently (test/fixtures/scorers-json-fields, real CLI)', () => {
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

  it('an unusable reference is an input error with file, line and field, for every bad row', async () => {
    const dir = tempProject({
      'fixfirst.yaml': 'task: t\neval: eval.jsonl\nscore: {type: number}\n',
      'eval.jsonl': jsonl([
        { id: 'a', input: 'q', reference: 42, output: '42' },
        { id: 'b', input: 'q', reference: 'about five', output: '5' },
        { id: 'c', input: 'q', reference: { n: 1 }, output: '1' },
      ]),
    });
    const run = await runMain(['diagnose', dir]);
    expect(run.code).toBe(exitCodes.input);
    expect(run.stderr).toContain(
      'eval.jsonl:2: field "reference": reference "about five" is not a number (scorer number)',
    );
    expect(run.stderr).toContain('eval.jsonl:3: field "reference": reference {"n":1} is not a number');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('an invalid pattern is a config error at the score line', async () => {
    const dir = tempProject({
      'fixfirst.yaml': 'task: t\neval: eval.jsonl\nscore:\n  type: regex\n  pattern: "(unclosed"\n',
      'eval.jsonl': jsonl([{ id: 'a', input: 'q', output: 'x' }]),
    });
    const run = await runMain(['diagnose', dir]);
    expect(run.code).toBe(exitCodes.config);
    expect(run.stderr).toMatch(
      /fixfirst\.yaml:\d+: field "score\.pattern": invalid regular expression "\(unclosed": Unterminated group\n/,
    );
  });

  it('a custom scorer runs from the project; a throw names the module and the item', async () => {
    const rows = [
      { id: 'ok-1', input: 'q', reference: 'billing', output: ' Billing ' },
      { id: 'ok-2', input: 'q', reference: 'billing', output: 'billing' },
    ];
    const files = {
      'fixfirst.yaml': 'task: t\neval: eval.jsonl\nscore: {type: custom, module: scorers/label.mjs}\n',
      'scorers/label.mjs':
        'export default ({ output, reference, mode }) => {\n' +
        "  if (output === 'boom') throw new Error('cannot score boom');\n" +
        "  return mode === 'strict' ? output === reference : output.trim().toLowerCase() === reference;\n" +
        '};\n',
    };
    const good = await runMain(['diagnose', tempProject({ ...files, 'eval.jsonl': jsonl(rows) }), '--json']);
    expect(good.code).toBe(exitCodes.ok);
    const report = JSON.parse(good.stdout) as { items: { id: string; class: string }[] };
    expect(report.items.map((item) => item.class)).toEqual(['surface', 'pass']);

    const failingRows = [...rows, { id: 'bad-3', input: 'q', reference: 'billing', output: 'boom' }];
    const failing = await runMain(['diagnose', tempProject({ ...files, 'eval.jsonl': jsonl(failingRows) })]);
    expect(failing.code).toBe(exitCodes.input);
    expect(failing.stderr).toContain(
      'custom scorer scorers/label.mjs#default threw on item "bad-3" (strict mode): cannot score boom',
    );
  });
});
