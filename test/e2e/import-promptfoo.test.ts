import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exitCodes } from '../../src/cli/exit-codes.js';
import { runCli } from '../helpers/run-cli.js';
import { runMain } from '../helpers/run-main.js';

/**
 * `fixfirst import promptfoo` on fixtures made with the real promptfoo 0.121.20 (see
 * test/fixtures/promptfoo/README.md): the verdict of the imported project, and for every test and
 * every mapped deterministic assertion, promptfoo's recorded pass ⇔ fixfirst's strict result for
 * the scorer or check it was mapped to (read from `fixfirst diagnose --json`).
 */

const fixtures = 'test/fixtures/promptfoo';
const newOut = () => join(mkdtempSync(join(tmpdir(), 'fixfirst-pf-')), 'project');

/** Runs `fixfirst import promptfoo ARGS --out OUT` in-process. */
const importPromptfoo = (args: string[], out: string) =>
  runMain(['import', 'promptfoo', ...args, '--out', out]);

interface Component {
  pass: boolean;
  assertion: { type: string };
}
interface RecordedResult {
  testIdx: number;
  gradingResult: { componentResults: Component[] };
}
interface ReportItem {
  id: string;
  class: string;
  correctStrict: boolean;
  checks: { check: string; pass: boolean }[];
  tags: Record<string, string | number | boolean>;
}
interface Report {
  verdict: { decision: string };
  items: ReportItem[];
}

/** promptfoo's recorded passes per test: testIdx → assertions in order. */
function recordedPasses(fixture: string): Map<number, Component[]> {
  const file = JSON.parse(readFileSync(join(fixtures, fixture, 'results.json'), 'utf8')) as {
    results: { results: RecordedResult[] };
  };
  return new Map(
    file.results.results.map((result) => [result.testIdx, result.gradingResult.componentResults]),
  );
}

async function importAndDiagnose(
  args: string[],
): Promise<{ out: string; report: Report; stdout: string; stderr: string }> {
  const out = newOut();
  const imported = await importPromptfoo(args, out);
  expect(imported.stderr).not.toMatch(/internal error/);
  expect(imported.code).toBe(exitCodes.ok);
  const diagnosed = await runMain(['diagnose', out, '--json']);
  expect(diagnosed.code).toBe(exitCodes.ok);
  return {
    out,
    report: JSON.parse(diagnosed.stdout) as Report,
    stdout: imported.stdout,
    stderr: imported.stderr,
  };
}

/**
 * For every item: each contract check (in contract order) ⇔ promptfoo's pass of the assertion it
 * came from, and the strict correctness ⇔ every correctness assertion passed in promptfoo. The one
 * documented exception: a blank output fails every fixfirst contract check (IFEval's rule), so
 * items listed in `blank` expect every check to fail.
 */
function expectAgreement(
  report: Report,
  recorded: Map<number, Component[]>,
  isCorrectness: (type: string, index: number) => boolean,
  isContract: (type: string, index: number) => boolean,
  blank: readonly string[] = [],
): number {
  let compared = 0;
  for (const item of report.items) {
    const components = recorded.get(Number(item.id.replace('test-', '')) - 1)!;
    const contract = components.filter((component, index) => isContract(component.assertion.type, index));
    const expected = contract.map((component) => component.pass && !blank.includes(item.id));
    expect(
      item.checks.map((check) => check.pass),
      `${item.id} contract`,
    ).toEqual(expected);
    const correctness = components.filter((component, index) =>
      isCorrectness(component.assertion.type, index),
    );
    expect(item.correctStrict, `${item.id} correctness`).toBe(
      correctness.every((component) => component.pass),
    );
    compared += contract.length + correctness.length;
  }
  return compared;
}

describe('fixfirst import promptfoo', () => {
  it('support-triage: config + results → FIX_PROMPT, and every mapped assertion agrees with promptfoo', async () => {
    const { report, stdout, stderr, out } = await importAndDiagnose([
      `${fixtures}/support-triage/promptfooconfig.yaml`,
      `${fixtures}/support-triage/results.json`,
    ]);
    expect(report.verdict.decision).toBe('FIX_PROMPT');
    expect(report.items).toHaveLength(56);
    const answers = new Set(['equals', 'icontains', 'contains-any', 'regex', 'starts-with', 'contains']);
    const compared = expectAgreement(
      report,
      recordedPasses('support-triage'),
      (type) => answers.has(type),
      (type) => type === 'not-icontains' || type === 'word-count',
    );
    expect(compared).toBe(56 * 3);
    expect(stdout).toContain("agrees with promptfoo's recorded results on 168 of 168 mapped assertions");
    // Not mapped: listed by name and count on stderr and in the log, kept as recorded labels.
    expect(stderr).toContain(
      'llm-rubric × 56 (model-graded; kept as recorded pass/fail tags promptfoo.llm-rubric)',
    );
    expect(stderr).toContain('levenshtein × 1 (no edit-distance scorer; kept as recorded pass/fail tags');
    expect(stderr).toContain('javascript × 1 (inline JavaScript');
    const log = readFileSync(join(out, 'import-log.md'), 'utf8');
    expect(log).toContain('**168 of 168 agree**');
    expect(log).toContain('| `llm-rubric` | 56 | model-graded: kept as a recorded label |');
    const byId = new Map(report.items.map((item) => [item.id, item]));
    expect(byId.get('test-54')!.tags).toMatchObject({
      'promptfoo.levenshtein': 'pass',
      'promptfoo.llm-rubric': 'pass',
    });
    expect(byId.get('test-18')).toMatchObject({
      class: 'surface',
      tags: { 'metadata.segment': 'enterprise' },
    });
    expect(readFileSync(join(out, 'fixfirst.yaml'), 'utf8')).toContain('model: openai:gpt-4o-mini');
  });

  it('assertion-semantics: 651 recorded passes, read as contract checks and as correctness', async () => {
    const recorded = recordedPasses('assertion-semantics');
    const results = `${fixtures}/assertion-semantics/results.json`;
    const answers = (type: string) => type === 'equals' || type === 'not-equals';
    // test-11's output is three spaces: promptfoo passes 10 of its 27 shape assertions (not-contains…),
    // fixfirst fails every contract check on a blank output. The log and stderr say so.
    const asContract = await importAndDiagnose([results]);
    expect(expectAgreement(asContract.report, recorded, answers, (type) => !answers(type), ['test-11'])).toBe(
      21 * 31,
    );
    expect(asContract.stdout).toContain('on 641 of 651 mapped assertions');
    expect(asContract.stderr).toContain('10 mapped assertion result(s) disagree');
    expect(asContract.stderr).toContain('10 on blank outputs, which fail every fixfirst contract check');
    expect(readFileSync(join(asContract.out, 'import-log.md'), 'utf8')).toContain(
      '- test-11: `not-contains` → check forbidden_phrases: promptfoo pass, fixfirst fail (a blank output',
    );

    const textTypes = [...new Set(recorded.get(0)!.map((component) => component.assertion.type))].filter(
      (type) => !answers(type) && !/is-json|word-count/.test(type),
    );
    const flipped = await importAndDiagnose([results, '--as-correctness', textTypes.join(',')]);
    const shape = (type: string) => /is-json|word-count/.test(type);
    expect(expectAgreement(flipped.report, recorded, (type) => !shape(type), shape, ['test-11'])).toBe(
      21 * 31,
    );
    // Left as correctness, the text assertions agree on the blank output too; only not-word-count {max: 1} differs.
    expect(flipped.stdout).toMatch(/on (\d+) of 651 mapped assertions/);
  });

  it('order-extraction: chat prompt, JSON Schema, OpenAI-compatible provider, javascript file as the custom scorer', async () => {
    const { report, out, stderr } = await importAndDiagnose([
      `${fixtures}/order-extraction/promptfooconfig.yaml`,
      `${fixtures}/order-extraction/results.json`,
    ]);
    expectAgreement(
      report,
      recordedPasses('order-extraction'),
      (type) => type === 'javascript',
      (type) => type === 'is-json' || type === 'not-contains',
    );
    const config = readFileSync(join(out, 'fixfirst.yaml'), 'utf8');
    expect(config).toContain('model: openai-compatible:order-extractor-v2');
    expect(config).toContain('live: { base_url: http://127.0.0.1:8000/v1, api_key_env: EXTRACTOR_API_KEY }');
    expect(config).toContain('score: { type: custom, module: promptfoo-javascript.mjs }');
    const first = JSON.parse(readFileSync(join(out, 'eval.jsonl'), 'utf8').split('\n')[0]!) as {
      input: unknown;
    };
    expect(first.input).toEqual([
      expect.objectContaining({ role: 'system' }),
      {
        role: 'user',
        content: 'Email from Ana:\nHi, please send 1 more of order ORD-1000 by express. Thanks!',
      },
    ]);
    expect(stderr).toContain('contains-json × 16 (no fixfirst check finds JSON inside prose');
  });

  it('a config alone renders the same inputs, outputs and references as the results file records', async () => {
    for (const fixture of ['support-triage', 'order-extraction', 'assertion-semantics']) {
      const fromConfig = newOut();
      const fromResults = newOut();
      const config = await importPromptfoo([`${fixtures}/${fixture}/promptfooconfig.yaml`], fromConfig);
      expect(config.code, config.stderr).toBe(exitCodes.ok);
      expect(config.stdout).toMatch(/imported \d+ promptfoo tests \((\d+) with outputs\)/);
      await importPromptfoo([`${fixtures}/${fixture}/results.json`], fromResults);
      const rows = (dir: string) =>
        readFileSync(join(dir, 'eval.jsonl'), 'utf8')
          .trim()
          .split('\n')
          .map((line) => {
            const { id, input, reference, output, contract } = JSON.parse(line) as Record<string, unknown>;
            return { id, input, reference, output, contract };
          });
      expect(rows(fromConfig), fixture).toEqual(rows(fromResults));
      expect(readFileSync(join(fromConfig, 'import-log.md'), 'utf8')).toContain('No results file was given');
    }
  });

  it('the real CLI: a config without recorded outputs makes a project without outputs and says what to run', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fixfirst-pf-config-'));
    writeFileSync(
      join(dir, 'promptfooconfig.yaml'),
      'prompts: ["Capital of {{ country }}?"]\nproviders: [anthropic:messages:claude-haiku-4-5]\ntests:\n  - vars: {country: France}\n    assert: [{type: icontains, value: Paris}]\n  - vars: {country: Peru}\n    assert: [{type: icontains, value: Lima}]\n',
    );
    const out = join(dir, 'project');
    const run = runCli(['import', 'promptfoo', join(dir, 'promptfooconfig.yaml'), '--out', out]);
    expect(run.code).toBe(exitCodes.ok);
    expect(run.stdout).toContain('next: the project has no outputs yet; record them with `fixfirst run');
    const rows = readFileSync(join(out, 'eval.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(rows[0]).toEqual({
      id: 'test-1',
      input: 'Capital of France?',
      reference: [{ type: 'icontains', value: 'Paris' }],
      tags: { 'vars.country': 'France' },
    });
    expect(readFileSync(join(out, 'fixfirst.yaml'), 'utf8')).toContain('model: anthropic:claude-haiku-4-5');
  });
});

describe('fixfirst import promptfoo: bad input', () => {
  function project(files: Record<string, string>): string {
    const dir = mkdtempSync(join(tmpdir(), 'fixfirst-pf-bad-'));
    for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
    return dir;
  }
  const config = (body: string) => project({ 'promptfooconfig.yaml': body });

  async function expectFailure(args: string[], code: number, ...messages: string[]): Promise<void> {
    const out = newOut();
    const run = await importPromptfoo(args, out);
    expect(run.code, run.stderr).toBe(code);
    for (const message of messages) expect(run.stderr).toContain(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    // Nothing partial: no project folder, no staging folder beside it.
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(join(out, '..'))).toEqual([]);
  }

  it('files the config names that do not exist: every one, with the key that names it', async () => {
    const dir = config(
      'prompts: [file://missing-prompt.txt]\nproviders: [openai:gpt-4o-mini]\ntests:\n  - file://missing.csv\n  - file://also-missing.yaml\n',
    );
    await expectFailure(
      [join(dir, 'promptfooconfig.yaml')],
      exitCodes.input,
      'promptfooconfig.yaml:1: field "prompts[0]": "file://missing-prompt.txt" names a file that does not exist',
      'promptfooconfig.yaml:4: field "tests[0]": "file://missing.csv" names a file that does not exist',
      'promptfooconfig.yaml:5: field "tests[1]": "file://also-missing.yaml"',
    );
  });

  it('an unknown provider names the provider and what fixfirst maps; --model imports anyway', async () => {
    const body =
      'prompts: ["Q: {{ q }}"]\nproviders:\n  - id: bedrock:anthropic.claude-3-haiku\ntests:\n  - vars: {q: x}\n    providerOutput: y\n    assert: [{type: equals, value: y}]\n';
    const dir = config(body);
    await expectFailure(
      [join(dir, 'promptfooconfig.yaml')],
      exitCodes.input,
      'promptfooconfig.yaml:3: field "providers[0]": cannot map provider "bedrock:anthropic.claude-3-haiku" to a fixfirst model',
      'fix: fixfirst maps openai:<model>, openai:chat:<model>',
      'pass --model provider:model',
    );
    const out = newOut();
    const run = await importPromptfoo([join(dir, 'promptfooconfig.yaml'), '--model', 'none'], out);
    expect(run.code, run.stderr).toBe(exitCodes.ok);
    expect(readFileSync(join(out, 'fixfirst.yaml'), 'utf8')).toContain('# model: none mapped');
  });

  it('Nunjucks fixfirst cannot render names the file and the prompt', async () => {
    const dir = project({
      'promptfooconfig.yaml':
        'prompts: [file://prompt.txt]\nproviders: [echo]\ntests:\n  - vars: {items: [a, b]}\n',
      'prompt.txt': 'List:\n{% for item in items %}- {{ item }}\n{% endfor %}',
    });
    await expectFailure(
      [join(dir, 'promptfooconfig.yaml')],
      exitCodes.input,
      'prompt.txt:1: cannot render prompt 1 ("',
      'the tag "{% for %}" is not supported',
      'import the results file of a promptfoo run',
    );
  });

  it('a results file of an unknown version or shape names the file and the key', async () => {
    const dir = project({
      'v2.json': JSON.stringify({ results: { version: 2, table: {}, results: [] } }),
      'shape.json': JSON.stringify({
        results: { version: 3, prompts: [], results: [{ testIdx: 0, promptIdx: 0, prompt: { raw: 'x' } }] },
      }),
      'nothing.json': JSON.stringify({ results: 'none' }),
    });
    await expectFailure(
      [join(dir, 'v2.json')],
      exitCodes.input,
      'v2.json: field "results.version": unsupported results version 2; fixfirst reads version 3',
    );
    await expectFailure(
      [join(dir, 'shape.json')],
      exitCodes.input,
      'shape.json: field "results.results[0].provider"',
    );
    await expectFailure([join(dir, 'nothing.json')], exitCodes.input, 'field "results": missing "results"');
  });

  it('several prompts or providers need a choice; a non-empty --out is refused unless --force', async () => {
    const dir = config(
      'prompts: ["A: {{ q }}", "B: {{ q }}"]\nproviders: [echo]\ntests:\n  - vars: {q: x}\n    providerOutput: x\n    assert: [{type: equals, value: x}]\n',
    );
    await expectFailure(
      [join(dir, 'promptfooconfig.yaml')],
      exitCodes.usage,
      'the run has 2 prompts',
      '1. A: {{ q }}',
      'fix: choose one with --prompt',
    );
    const out = newOut();
    const chosen = await importPromptfoo([join(dir, 'promptfooconfig.yaml'), '--prompt', '2'], out);
    expect(chosen.code, chosen.stderr).toBe(exitCodes.ok);
    expect(readFileSync(join(out, 'eval.jsonl'), 'utf8')).toContain('"input":"B: x"');
    const again = await importPromptfoo([join(dir, 'promptfooconfig.yaml'), '--prompt', '2'], out);
    expect(again.code).toBe(exitCodes.usage);
    expect(again.stderr).toContain('the output folder is not empty');
    const forced = await importPromptfoo(
      [join(dir, 'promptfooconfig.yaml'), '--prompt', '1', '--force'],
      out,
    );
    expect(forced.code, forced.stderr).toBe(exitCodes.ok);
    expect(readFileSync(join(out, 'eval.jsonl'), 'utf8')).toContain('"input":"A: x"');
  });

  it('a CSV cell, a JavaScript config and an unknown --as-contract type are clear usage or input errors', async () => {
    const dir = project({
      'promptfooconfig.yaml': 'prompts: ["{{ q }}"]\nproviders: [echo]\ntests: file://tests.csv\n',
      'tests.csv': 'q,__expected\nx,"contains-any:""a, b"\ny,foo\n',
      'promptfooconfig.js': 'module.exports = {};\n',
    });
    await expectFailure(
      [join(dir, 'promptfooconfig.yaml')],
      exitCodes.input,
      'tests.csv:2: field "__expected": unterminated quote',
    );
    await expectFailure([join(dir, 'promptfooconfig.js')], exitCodes.usage, 'cannot import .js');
    await expectFailure(
      [join(dir, 'promptfooconfig.yaml'), '--as-contract', 'icontain'],
      exitCodes.usage,
      '--as-contract: "icontain" is not an assertion type fixfirst maps. Did you mean "icontains"?',
    );
  });
});
