import { describe, expect, it } from 'vitest';
import { runMain } from '../helpers/run-main.js';
import { jsonl, tempProject } from '../helpers/temp-project.js';

const config = 'task: t\neval: eval.jsonl\nscore: { type: exact }\ncontract:\n  - { check: json }\n';
const row = (id: string | number, extra: Record<string, unknown> = {}) => ({
  id,
  input: `q${id}`,
  reference: '{"a":1}',
  output: '{"a":1}',
  ...extra,
});

async function diagnose(files: Record<string, string | Uint8Array>) {
  const dir = tempProject({ 'fixfirst.yaml': config, ...files });
  const run = await runMain(['diagnose', dir]);
  // Whatever the mistake: one clear message, never a stack trace.
  expect(run.stderr).not.toMatch(/\n\s+at /);
  return run;
}

describe('bad eval-set input: file, line and field, what was expected, how to fix, exit code 3', () => {
  it('empty file', async () => {
    const run = await diagnose({ 'eval.jsonl': '' });
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/eval\.jsonl: the eval set is empty/);
    expect(run.stderr).toMatch(/fix: /);
  });

  it('invalid JSON on a line names that line', async () => {
    const run = await diagnose({
      'eval.jsonl': `${JSON.stringify(row(1))}\n${JSON.stringify(row(2))}\n{"id": 3, "input": "x",\n`,
    });
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/eval\.jsonl:3: not valid JSON/);
  });

  it('a byte-order mark is accepted', async () => {
    const run = await diagnose({ 'eval.jsonl': `\uFEFF${jsonl([row(1), row(2)])}` });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/VERDICT/);
  });

  it('CRLF line ends are accepted', async () => {
    const run = await diagnose({ 'eval.jsonl': jsonl([row(1), row(2)]).replaceAll('\n', '\r\n') });
    expect(run.code).toBe(0);
  });

  it('non-UTF-8 bytes name the line and the bytes', async () => {
    const good = Buffer.from(`${JSON.stringify(row(1))}\n`);
    const bad = Buffer.concat([
      Buffer.from('{"id": 2, "input": "caf'),
      Buffer.from([0xe9]),
      Buffer.from('", "reference": "x", "output": "x"}\n'),
    ]);
    const run = await diagnose({ 'eval.jsonl': Buffer.concat([good, bad]) });
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/eval\.jsonl:2: the file is not valid UTF-8 \(bytes e9/);
    expect(run.stderr).toMatch(/iconv/);
  });

  it('a wrong field type names the field', async () => {
    const run = await diagnose({ 'eval.jsonl': jsonl([row(1), { ...row(2), input: 42 }]) });
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(
      /eval\.jsonl:2: field "input": expected a string or a list of chat messages, got number/,
    );
  });

  it('a missing reference says how to fix it', async () => {
    const { reference: _dropped, ...noReference } = row(2);
    const run = await diagnose({ 'eval.jsonl': jsonl([row(1), noReference]) });
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(
      /eval\.jsonl:2: field "reference": missing; the scorer compares every output with its reference/,
    );
    expect(run.stderr).toMatch(/score: \{type: none\}/);
  });

  it('a missing recorded output points at `fixfirst run`', async () => {
    const { output: _dropped, ...noOutput } = row(1);
    const run = await diagnose({ 'eval.jsonl': jsonl([noOutput]) });
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/field "output"/);
    expect(run.stderr).toMatch(/fixfirst run/);
  });

  it('duplicate ids name both lines', async () => {
    const run = await diagnose({ 'eval.jsonl': jsonl([row(1), row(2), row(1)]) });
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/eval\.jsonl:3: field "id": duplicate id "1" \(first used on line 1\)/);
  });

  it('several bad rows are all reported at once', async () => {
    const run = await diagnose({
      'eval.jsonl': jsonl([
        { ...row(1), input: 1 },
        { ...row(2), input: 2 },
        { ...row(3), input: 3 },
      ]),
    });
    expect(run.code).toBe(3);
    expect(run.stderr.match(/field "input"/g)).toHaveLength(3);
  });

  it('an unknown per-item check names the eval line and suggests the nearest', async () => {
    const run = await diagnose({
      'eval.jsonl': jsonl([row(1), { ...row(2), contract: [{ check: 'jsno' }] }]),
    });
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(
      /eval\.jsonl:2: field "contract\[0\]\.check": unknown check "jsno"\. Did you mean "json"\?/,
    );
  });

  it('a CSV row with the wrong number of cells', async () => {
    const dir = tempProject({
      'fixfirst.yaml': config.replace('eval.jsonl', 'eval.csv'),
      'eval.csv': 'id,input,reference,output\n1,q,"{""a"":1}","{""a"":1}"\n2,q,x\n',
    });
    const run = await runMain(['diagnose', dir]);
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/eval\.csv:3: row has 3 cells but the header has 4/);
  });

  it('a .json eval set that is not an array', async () => {
    const dir = tempProject({
      'fixfirst.yaml': config.replace('eval.jsonl', 'eval.json'),
      'eval.json': '{"a": 1}',
    });
    const run = await runMain(['diagnose', dir]);
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/expected an array of items/);
  });

  it('a missing eval file', async () => {
    const run = await diagnose({});
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/eval\.jsonl: no such file/);
  });
});

describe('bad fixfirst.yaml: file, line and key, exit code 4', () => {
  const withConfig = (text: string) =>
    runMain(['diagnose', tempProject({ 'fixfirst.yaml': text, 'eval.jsonl': jsonl([row(1)]) })]);

  it('an unknown scorer suggests the nearest', async () => {
    const run = await withConfig('eval: eval.jsonl\nscore: { type: exakt }\n');
    expect(run.code).toBe(4);
    expect(run.stderr).toMatch(
      /fixfirst\.yaml:2: field "score\.type": unknown scorer "exakt"\. Did you mean "exact"\?/,
    );
  });

  it('an unknown check suggests the nearest and names the line', async () => {
    const run = await withConfig('eval: eval.jsonl\ncontract:\n  - { check: json }\n  - { check: jsn }\n');
    expect(run.code).toBe(4);
    expect(run.stderr).toMatch(
      /fixfirst\.yaml:4: field "contract\[1\]\.check": unknown check "jsn"\. Did you mean "json"\?/,
    );
  });

  it('a check parameter of the wrong type names the parameter', async () => {
    const run = await withConfig('eval: eval.jsonl\ncontract:\n  - { check: json, object: "yes" }\n');
    expect(run.code).toBe(4);
    expect(run.stderr).toMatch(/fixfirst\.yaml:3: field "contract\[0\]\.object": expected boolean/);
  });

  it('an unknown top-level key suggests the nearest', async () => {
    const run = await withConfig('eval: eval.jsonl\ncontracts: []\n');
    expect(run.code).toBe(4);
    expect(run.stderr).toMatch(/fixfirst\.yaml:2: unknown key "contracts"\. Did you mean "contract"\?/);
  });

  it.each([
    [
      'economics:\n  requests_per_month: 1\n  fine_tune_modle: x\n',
      4,
      'economics',
      'fine_tune_modle',
      'fine_tune_model',
    ],
    ['economics:\n  prompt:\n    sytem_tokens: 5\n', 4, 'economics.prompt', 'sytem_tokens', 'system_tokens'],
    ['live:\n  concurency: 3\n', 3, 'live', 'concurency', 'concurrency'],
    ['thresholds: { min_itmes: 3 }\n', 2, 'thresholds', 'min_itmes', 'min_items'],
    ['retrieval:\n  k: 5\n  qrel: q.txt\n', 4, 'retrieval', 'qrel', 'qrels'],
  ])(
    "an unknown nested key suggests the nearest and lists the section's keys (%#)",
    async (yaml, line, field, key, nearest) => {
      const run = await withConfig(`eval: eval.jsonl\n${yaml}`);
      expect(run.code).toBe(4);
      expect(run.stderr).toContain(
        `fixfirst.yaml:${line}: field "${field}": unknown key "${key}". Did you mean "${nearest}"?`,
      );
      expect(run.stderr).toMatch(
        new RegExp(`fix: keys under ${field.replace('.', '\\.')} are: [a-z_, ]*${nearest}`),
      );
      expect(run.stderr).not.toContain('fixfirst checks');
    },
  );

  it('a threshold out of range names the line', async () => {
    const run = await withConfig('eval: eval.jsonl\nthresholds:\n  surface_share: 1.5\n');
    expect(run.code).toBe(4);
    expect(run.stderr).toMatch(/fixfirst\.yaml:3: field "thresholds\.surface_share": Too big/);
  });

  it('a prompt template placeholder typo names the line and the nearest placeholder', async () => {
    const run = await withConfig(
      'eval: eval.jsonl\nprompt:\n  system: Be brief.\n  template: "Ticket: {{inptu}}\\n{{context}}"\n',
    );
    expect(run.code).toBe(4);
    expect(run.stderr).toMatch(
      /fixfirst\.yaml:4: field "prompt\.template": unknown placeholder "\{\{inptu\}\}" in the template\. Did you mean "\{\{input\}\}"\?/,
    );
    expect(run.stderr).toMatch(/the template has no \{\{input\}\}/);
    expect(run.stderr).toMatch(/fix: .*\{\{input\}\}/);
  });

  it('invalid YAML names the line', async () => {
    const run = await withConfig('eval: eval.jsonl\ncontract: [ { check: json }\n');
    expect(run.code).toBe(4);
    expect(run.stderr).toMatch(/fixfirst\.yaml:\d+: not valid YAML/);
  });

  it('a missing eval key', async () => {
    const run = await withConfig('task: t\n');
    expect(run.code).toBe(4);
    expect(run.stderr).toMatch(/field "eval"/);
  });

  it('a folder without fixfirst.yaml', async () => {
    const run = await runMain(['diagnose', tempProject({ 'eval.jsonl': '' })]);
    expect(run.code).toBe(4);
    expect(run.stderr).toMatch(/no fixfirst\.yaml in this folder/);
  });

  it('a folder that does not exist', async () => {
    const run = await runMain(['diagnose', '/nonexistent/fixfirst-project']);
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/no such folder/);
  });
});

describe('usage errors: exit code 2', () => {
  it('an unknown flag', async () => {
    const run = await runMain(['diagnose', '.', '--jsno']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/unknown option '--jsno'/);
  });

  it('an unknown command suggests the nearest', async () => {
    const run = await runMain(['diagnos']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Did you mean diagnose\?/);
  });

  it('a bad --fail-on condition', async () => {
    const dir = tempProject({ 'fixfirst.yaml': config, 'eval.jsonl': jsonl([row(1)]) });
    const run = await runMain(['diagnose', dir, '--fail-on', 'FINE_TUNES']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Did you mean "FINE_TUNE"\?/);
  });
});
