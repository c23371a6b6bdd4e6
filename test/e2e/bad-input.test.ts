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

  it('a UTF-16 file is named as UTF-16, with the iconv line that converts it', async () => {
    const text = jsonl([row(1)]);
    const withMark = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const run = await diagnose({ 'eval.jsonl': withMark });
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(
      /eval\.jsonl: the file is UTF-16 \(byte-order mark ff fe, UTF-16 little-endian\), not UTF-8\n {2}fix: convert it to UTF-8, e\.g\. `iconv -f utf-16 -t utf-8 in > out`/,
    );
    // Without a byte-order mark: the NUL bytes give it away.
    const noMark = await diagnose({ 'eval.jsonl': Buffer.from(text, 'utf16le') });
    expect(noMark.stderr).toMatch(/the file is UTF-16 \(\d+ NUL bytes in its first \d+\), not UTF-8/);
    const json = await runMain([
      'diagnose',
      tempProject({
        'fixfirst.yaml': config.replace('eval.jsonl', 'eval.json'),
        'eval.json': Buffer.concat([
          Buffer.from([0xfe, 0xff]),
          Buffer.from(`[${JSON.stringify(row(1))}]`, 'utf16le').swap16(),
        ]),
      }),
    ]);
    expect(json.stderr).toContain('UTF-16 big-endian');
    expect(json.stderr).not.toContain('latin1');
    // A training set too: one clear message, not a broken-line finding per row.
    const train = tempProject({ 'train.jsonl': withMark });
    const audit = await runMain(['audit', `${train}/train.jsonl`, '-q']);
    expect(audit.code).toBe(3);
    expect(audit.stderr).toMatch(/train\.jsonl: the file is UTF-16 \(byte-order mark ff fe/);
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
    expect(run.stderr).toMatch(
      /fixfirst\.yaml:3: field "contract\[0\]\.object": expected true or false, got the text "yes"\n {2}fix: write true or false, e\.g\. `object: true`/,
    );
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
    expect(run.stderr).toMatch(
      /fixfirst\.yaml:3: field "thresholds\.surface_share": must be at most 1, got the number 1\.5\n {2}fix: use a value at most 1, e\.g\. `surface_share: 1`/,
    );
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

  it('a config file that does not exist is a missing file, with the path looked for', async () => {
    const run = await runMain(['audit', 'train.jsonl', '--config', '/nonexistent/nope.yaml']);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain(
      '/nonexistent/nope.yaml: no such file\n  fix: looked for /nonexistent/nope.yaml; name an existing fixfirst.yaml',
    );
    expect(run.stderr).not.toMatch(/no such folder|support-bot/);
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

  it('--items must be a whole number, 0 or more', async () => {
    const dir = tempProject({ 'fixfirst.yaml': config, 'eval.jsonl': jsonl([row(1)]) });
    for (const items of ['abc', '-1', '2.5', '']) {
      const run = await runMain(['diagnose', dir, '--items', items]);
      expect(run.code, items).toBe(2);
      expect(run.stderr).toContain(`--items: expected a whole number of items (0 or more), got "${items}"`);
    }
    expect((await runMain(['diagnose', dir, '--items', '0'])).code).toBe(0);
  });

  it('report --items and audit --examples take the same whole numbers, named when wrong', async () => {
    const dir = tempProject({
      'fixfirst.yaml': config,
      'eval.jsonl': jsonl([row(1)]),
      'train.jsonl': jsonl([
        {
          messages: [
            { role: 'user', content: 'hi' },
            { role: 'assistant', content: 'hello' },
          ],
        },
      ]),
    });
    expect((await runMain(['diagnose', dir, '--out', `${dir}/out`])).code).toBe(0);
    for (const bad of ['abc', '-1', '2.5', '']) {
      const report = await runMain(['report', `${dir}/out/report.json`, '--items', bad]);
      expect(report.code, bad).toBe(2);
      expect(report.stderr).toContain(`--items: expected a whole number of items (0 or more), got "${bad}"`);
      const audit = await runMain(['audit', `${dir}/train.jsonl`, '--examples', bad]);
      expect(audit.code, bad).toBe(2);
      expect(audit.stderr).toContain(
        `--examples: expected a whole number of example rows (0 or more), got "${bad}"`,
      );
    }
    expect((await runMain(['report', `${dir}/out/report.json`, '--items', '0'])).code).toBe(0);
    expect((await runMain(['audit', `${dir}/train.jsonl`, '--examples', '1_0'])).code).toBe(0);
  });

  it('an empty --fail-on is a usage error, not a silent no-op', async () => {
    const dir = tempProject({ 'fixfirst.yaml': config, 'eval.jsonl': jsonl([row(1)]) });
    const run = await runMain(['diagnose', dir, '--fail-on', '']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--fail-on: no condition given\n {2}fix: name one or more/);
  });

  it('`fixfirst import` without a kind (or with a wrong one) names the kinds', async () => {
    const bare = await runMain(['import']);
    expect(bare.code).toBe(2);
    expect(bare.stderr).toContain('which import? ifeval | promptfoo | ragas');
    const typo = await runMain(['import', 'promptfo']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('unknown import "promptfo". Did you mean "promptfoo"?');
    expect(typo.stderr).toContain('fix: run `fixfirst import promptfoo --help`');
    expect((await runMain(['import', '--help'])).code).toBe(0);
  });

  it('a bad --fail-on condition', async () => {
    const dir = tempProject({ 'fixfirst.yaml': config, 'eval.jsonl': jsonl([row(1)]) });
    const run = await runMain(['diagnose', dir, '--fail-on', 'FINE_TUNES']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Did you mean "FINE_TUNE"\?/);
  });
});

describe('every problem at once, in plain words with a fix', () => {
  /** Every problem line of stderr has its `fix:` line (problem lines start with a path). */
  const expectEveryFix = (stderr: string) => {
    const lines = stderr.trimEnd().split('\n');
    lines.forEach((line, index) => {
      if (/^(fixfirst: )?\S+\.(yaml|jsonl):\d*/.test(line))
        expect(lines[index + 1], line).toMatch(/^ {2}fix: /);
    });
    expect(stderr).not.toMatch(/Invalid input|received|Too (big|small)|expected (int|record|array),/);
  };

  it('a 4-row eval set with four different mistakes shows all four in one run', async () => {
    const dir = tempProject({
      'fixfirst.yaml': 'task: t\neval: eval.jsonl\nscore: { type: json-fields, fields: [category] }\n',
      'eval.jsonl': jsonl([
        { id: { x: 1 }, input: 'q0', reference: { category: 'a' }, output: '{"category":"a"}' },
        {
          id: 'r1',
          input: 'q1',
          reference: { category: 'a' },
          output: '{"category":"a"}',
          contract: [{ check: 'max_words' }],
        },
        { id: 'r2', input: 'q2', reference: { category: 'a' } },
        { id: 'r3', input: 'q3', reference: 'a', output: '{"category":"a"}' },
      ]),
    });
    const run = await runMain(['diagnose', dir]);
    expect(run.code).toBe(3);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.stderr).toMatch(
      /eval\.jsonl:1: field "id": expected a string or number, got an object\n {2}fix: /,
    );
    expect(run.stderr).toMatch(
      /eval\.jsonl:2: field "contract\[0\]\.n": missing: a number is required here\n {2}fix: add it/,
    );
    expect(run.stderr).toMatch(/eval\.jsonl:3: field "output": missing; offline diagnosis reads/);
    expect(run.stderr).toMatch(/eval\.jsonl:4: field "reference": the reference must be a JSON object/);
    expectEveryFix(run.stderr);
  });

  it('many bad rows are capped with "… and N more"', async () => {
    const rows = Array.from({ length: 30 }, (_, index) => ({ ...row(index), input: index }));
    const run = await diagnose({ 'eval.jsonl': jsonl(rows) });
    expect(run.code).toBe(3);
    expect(run.stderr.match(/field "input"/g)).toHaveLength(20);
    expect(run.stderr).toContain('… and 10 more problem(s)');
  });

  it('config problems of every stage at once: thresholds, each bad contract entry, the scorer; config first (exit 4)', async () => {
    const dir = tempProject({
      'fixfirst.yaml': [
        'eval: eval.jsonl',
        'score: { type: label, synonyms: [a] }',
        'thresholds:',
        '  min_items: 0',
        'contract:',
        '  - { check: max_words, m: 3 }',
        '  - { check: json }',
        '  - max_words',
        '  - { check: jsno }',
        '',
      ].join('\n'),
      'eval.jsonl': jsonl([{ ...row(1), input: 5 }]),
    });
    const run = await runMain(['diagnose', dir]);
    expect(run.code).toBe(4);
    const stderr = run.stderr;
    expect(stderr).toMatch(
      /fixfirst\.yaml:2: field "score\.synonyms": expected a mapping \(key: value\), got a list \["a"\]\n {2}fix: write a mapping/,
    );
    expect(stderr).toMatch(
      /fixfirst\.yaml:4: field "thresholds\.min_items": must be at least 1, got the number 0/,
    );
    expect(stderr).toMatch(
      /fixfirst\.yaml:6: field "contract\[0\]": unknown key "m"\. Did you mean "n"\?\n {2}fix: keys under contract\[0\] are: n/,
    );
    expect(stderr).toMatch(/fixfirst\.yaml:6: field "contract\[0\]\.n": missing: a number is required here/);
    expect(stderr).toMatch(
      /fixfirst\.yaml:8: field "contract\[2\]": expected a mapping \(key: value\), got the text "max_words"\n {2}fix: write a mapping \(key: value\), e\.g\. `\{check: max_words\}`/,
    );
    expect(stderr).toMatch(
      /fixfirst\.yaml:9: field "contract\[3\]\.check": unknown check "jsno"\. Did you mean "json"\?/,
    );
    // The eval set is read too: its bad row comes after the config's problems.
    expect(stderr.indexOf('eval.jsonl:1: field "input"')).toBeGreaterThan(stderr.indexOf('contract[3]'));
    expectEveryFix(stderr);
  });

  it('zod wording never reaches the user: each mistake says what was expected, with an example', async () => {
    const cases: [string, RegExp][] = [
      [
        'task: t\n',
        /fixfirst\.yaml:1: field "eval": missing: the eval set file\n {2}fix: add e\.g\. `eval: data\/eval\.jsonl`/,
      ],
      [
        '',
        /fixfirst\.yaml: the file is empty\n {2}fix: write at least the eval set it reads, e\.g\. `eval: data\/eval\.jsonl`/,
      ],
      [
        'eval: eval.jsonl\nscore: { type: json-fields, fields: category }\n',
        /field "score\.fields": expected a list, got the text "category"\n {2}fix: write a list, e\.g\. `fields: \[category\]`/,
      ],
      [
        'eval: eval.jsonl\nscore: { type: number, tolerance: -1 }\n',
        /field "score\.tolerance": must be at least 0, got the number -1\n {2}fix: use a value at least 0, e\.g\. `tolerance: 0`/,
      ],
      [
        'eval: eval.jsonl\nscore: exact\n',
        /field "score": expected a mapping \(key: value\), got the text "exact"\n {2}fix: write a mapping \(key: value\), e\.g\. `score: \{type: exact\}`/,
      ],
    ];
    for (const [text, expected] of cases) {
      const run = await runMain([
        'diagnose',
        tempProject({ 'fixfirst.yaml': text, 'eval.jsonl': jsonl([row(1)]) }),
      ]);
      expect(run.code, text).toBe(4);
      expect(run.stderr, text).toMatch(expected);
      expectEveryFix(run.stderr);
    }
  });

  it('a per-item IFEval count that is not whole', async () => {
    const run = await diagnose({
      'eval.jsonl': jsonl([
        row(1),
        { ...row(2), contract: [{ check: 'detectable_format:number_bullet_lists', num_bullets: 2.5 }] },
      ]),
    });
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(
      /eval\.jsonl:2: field "contract\[0\]\.num_bullets": expected a whole number, got the number 2\.5\n {2}fix: write a whole number, e\.g\. `num_bullets: 3`/,
    );
  });

  it('a json_schema file that does not exist is blamed on the config line and key, with the path looked for', async () => {
    const dir = tempProject({
      'fixfirst.yaml':
        'eval: eval.jsonl\nscore: { type: exact }\ncontract:\n  - { check: json_schema, schema: nope.json }\n',
      'eval.jsonl': jsonl([row(1)]),
    });
    const run = await runMain(['diagnose', dir]);
    expect(run.code).toBe(4);
    expect(run.stderr).toContain(
      `fixfirst.yaml:4: field "contract[0].schema": no such file nope.json\n  fix: looked for ${dir}/nope.json`,
    );
  });

  it('a schema file that is not JSON is blamed on that file and line', async () => {
    const dir = tempProject({
      'fixfirst.yaml':
        'eval: eval.jsonl\nscore: { type: exact }\ncontract:\n  - { check: json_schema, schema: schema.json }\n',
      'schema.json': '{\n  "type": "object",\n  oops\n}\n',
      'eval.jsonl': jsonl([row(1)]),
    });
    const run = await runMain(['diagnose', dir]);
    expect(run.code).toBe(4);
    expect(run.stderr).toMatch(/schema\.json:3: not valid JSON/);
    expect(run.stderr).not.toMatch(/schema\.json:4/);
  });

  it('a custom scorer module that does not exist: config line, score.module, the path looked for, no fixfirst internals', async () => {
    const dir = tempProject({
      'fixfirst.yaml': 'eval: eval.jsonl\nscore: { type: custom, module: nope.mjs }\n',
      'eval.jsonl': jsonl([row(1)]),
    });
    const run = await runMain(['diagnose', dir]);
    expect(run.code).toBe(4);
    expect(run.stderr).toContain(
      `fixfirst.yaml:2: field "score.module": no such file nope.mjs\n  fix: looked for ${dir}/nope.mjs`,
    );
    expect(run.stderr).not.toMatch(/dist\/|imported from/);
  });

  it('a misspelled row field is named, with the field it should be', async () => {
    const { input, reference, ...rest } = row(2);
    const run = await diagnose({
      'eval.jsonl': jsonl([row(1), { ...rest, inptu: input, referense: reference }]),
    });
    expect(run.code).toBe(3);
    expect(run.stderr).toContain(
      'eval.jsonl:2: field "input": missing; this row has an unknown field "inptu" — did you mean "input"?\n  fix: rename "inptu" to "input"',
    );
    expect(run.stderr).toContain(
      'field "reference": missing; this row has an unknown field "referense" — did you mean "reference"?',
    );
  });

  it('a passage with a misspelled text key is an error; contexts written as one text is a warning', async () => {
    const bad = await diagnose({ 'eval.jsonl': jsonl([{ ...row(1), contexts: [{ id: 5, txt: 't' }] }]) });
    expect(bad.code).toBe(3);
    expect(bad.stderr).toContain(
      'eval.jsonl:1: field "contexts[0]": the passage has no "text" but an unknown field "txt" — did you mean "text"?\n  fix: rename "txt" to "text"',
    );
    const text = await diagnose({ 'eval.jsonl': jsonl([{ ...row(1), contexts: 'some text' }]) });
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(
      /warning: .*eval\.jsonl: read "contexts" written as one text as a single passage in 1 row\(s\)/,
    );
    // An id-only passage stays valid (ids only were logged).
    expect((await diagnose({ 'eval.jsonl': jsonl([{ ...row(1), contexts: [{ id: 5 }] }]) })).code).toBe(0);
  });
});
