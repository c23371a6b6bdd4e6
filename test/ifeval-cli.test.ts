import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { reportSchema } from '../src/core/report/report.js';
import { conformanceDir } from './helpers/conformance-data.js';
import { runCli } from './helpers/run-cli.js';

const data = conformanceDir('ifeval');
const input = join(data, 'input_data.jsonl');
const responses = join(data, 'input_response_data_gpt4_20231107_145030.jsonl');
const scratch = mkdtempSync(join(tmpdir(), 'fixfirst-ifeval-cli-'));
const project = join(scratch, 'gpt4');

describe('fixfirst import ifeval + diagnose, end to end', () => {
  let imported: ReturnType<typeof runCli>;
  beforeAll(() => {
    imported = runCli(['import', 'ifeval', input, responses, '--out', project]);
  });

  it('writes a ready project and prints the four IFEval figures', () => {
    expect(imported.stderr).toContain('wrote');
    expect(imported.code).toBe(0);
    expect(existsSync(join(project, 'eval.jsonl'))).toBe(true);
    expect(readFileSync(join(project, 'fixfirst.yaml'), 'utf8')).toContain('score: { type: none }');
    expect(imported.stdout).toContain('prompt-level strict       416/541 (76.89%)');
    expect(imported.stdout).toContain('instruction-level strict  697/834 (83.57%)');
    expect(imported.stdout).toMatch(/prompt-level loose {8}\d+\/541/);
  });

  it('diagnose reports per-check strict and loose rates with intervals, all failures surface', () => {
    const run = runCli(['diagnose', project, '--json']);
    expect(run.code).toBe(0);
    const report = reportSchema.parse(JSON.parse(run.stdout));
    expect(report.project.scorer).toBe('none');
    expect(report.verdict.decision).toBe('FIX_PROMPT');
    expect(report.summary.contractMet).toMatchObject({ k: 416, n: 541 });
    expect(report.summary.checksPassed).toMatchObject({ k: 697, n: 834 });
    expect(report.summary.contractMetLoose.n).toBe(541);
    expect(report.summary.checksPassedLoose.n).toBe(834);
    expect(report.checks).toHaveLength(25);
    for (const check of report.checks) {
      expect(check.passRate.low).toBeLessThanOrEqual(check.passRate.value);
      expect(check.passRateLoose.value).toBeGreaterThanOrEqual(check.passRate.value);
    }
    const failing = report.items.filter((item) => item.class !== 'pass');
    expect(failing.length).toBe(125);
    expect(failing.every((item) => item.class === 'surface')).toBe(true);
  });

  it('the terminal view lists every check type with strict and loose rates and the IFEval accuracies', () => {
    const run = runCli(['diagnose', project]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/punctuation:no_comma +tone +66 +66\.7% \[[\d.]+–[\d.]+\] +72\.7% \[/);
    expect(run.stdout).toMatch(/all checks \(instruction level\) +834 +83\.6%/);
    expect(run.stdout).toMatch(/items meeting every check \(prompt\) +541 +76\.9%/);
    expect(run.stdout).not.toContain('more in report.json');
  });
});

describe('fixfirst import ifeval rejects bad input and writes nothing', () => {
  const write = (name: string, rows: unknown[]) => {
    const path = join(scratch, name);
    writeFileSync(path, `${rows.map((row) => JSON.stringify(row)).join('\n')}\n`);
    return path;
  };
  const goodInput = write('input.jsonl', [
    { key: 1, prompt: 'Say hi.', instruction_id_list: ['punctuation:no_comma'], kwargs: [{}] },
    {
      key: 2,
      prompt: 'Say bye.',
      instruction_id_list: ['startend:end_checker'],
      kwargs: [{ end_phrase: 'Bye' }],
    },
  ]);

  it('unknown instruction id: file, line, field and the nearest id; exit 3', () => {
    const badInput = write('bad-input.jsonl', [
      {
        key: 1,
        prompt: 'Say hi.',
        instruction_id_list: ['startend:end_check'],
        kwargs: [{ end_phrase: 'x' }],
      },
    ]);
    const answers = write('answers-1.jsonl', [{ prompt: 'Say hi.', response: 'hi' }]);
    const out = join(scratch, 'never-1');
    const run = runCli(['import', 'ifeval', badInput, answers, '--out', out]);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain(
      'bad-input.jsonl:1: field "instruction_id_list[0]": unknown instruction id "startend:end_check". Did you mean "startend:end_checker"?',
    );
    expect(existsSync(out)).toBe(false);
  });

  it('kwargs of the wrong type and a response for another prompt: all reported at once; exit 3', () => {
    const badInput = write('bad-kwargs.jsonl', [
      {
        key: 1,
        prompt: 'Say hi.',
        instruction_id_list: ['length_constraints:number_words'],
        kwargs: [{ relation: 'about', num_words: 3 }],
      },
      { key: 2, prompt: 'Say bye.', instruction_id_list: [], kwargs: [] },
    ]);
    const answers = write('answers-2.jsonl', [
      { prompt: 'Say hi.', response: 'hi' },
      { prompt: 'Say hello.', response: 'hello' },
    ]);
    const out = join(scratch, 'never-2');
    const run = runCli(['import', 'ifeval', badInput, answers, '--out', out]);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain('bad-kwargs.jsonl:1: field "kwargs[0].relation"');
    expect(run.stderr).toContain(
      'answers-2.jsonl:2: field "prompt": this response\'s prompt does not match input row 2 (key 2',
    );
    expect(existsSync(out)).toBe(false);
  });

  it('a missing file is an input error', () => {
    const run = runCli([
      'import',
      'ifeval',
      goodInput,
      join(scratch, 'nope.jsonl'),
      '--out',
      join(scratch, 'never-3'),
    ]);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain('no such file');
  });

  it('refuses to write into a non-empty folder unless --force', () => {
    const answers = write('answers-ok.jsonl', [
      { prompt: 'Say hi.', response: 'hi' },
      { prompt: 'Say bye.', response: 'Bye' },
    ]);
    const out = join(scratch, 'taken');
    mkdirSync(out);
    writeFileSync(join(out, 'notes.txt'), 'mine');
    const refused = runCli(['import', 'ifeval', goodInput, answers, '--out', out]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('the output folder is not empty');
    expect(existsSync(join(out, 'eval.jsonl'))).toBe(false);
    const forced = runCli(['import', 'ifeval', goodInput, answers, '--out', out, '--force']);
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain('prompt-level strict       2/2 (100.00%)');
    expect(readFileSync(join(out, 'notes.txt'), 'utf8')).toBe('mine');
  });
});
