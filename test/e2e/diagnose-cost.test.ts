import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportSchema } from '../../src/core/report/report.js';
import { repoRoot } from '../helpers/run-cli.js';
import { runMain } from '../helpers/run-main.js';

const fixture = join(repoRoot, 'test/fixtures/cost-project');

/** A copy of the cost fixture with its `economics:` block replaced (or removed when undefined). */
function projectWith(economics: string | undefined, extraFiles: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'fixfirst-q3-'));
  for (const name of ['eval.jsonl', 'train.jsonl', 'system.md'])
    copyFileSync(join(fixture, name), join(dir, name));
  const base = readFileSync(join(fixture, 'fixfirst.yaml'), 'utf8').replace(/^economics:[\s\S]*$/m, '');
  writeFileSync(
    join(dir, 'fixfirst.yaml'),
    economics === undefined ? base : `${base}economics:\n${economics}`,
  );
  for (const [name, content] of Object.entries(extraFiles)) writeFileSync(join(dir, name), content);
  return dir;
}

describe('Q3 inside fixfirst diagnose', () => {
  it('prices fine-tuning from the project: training tokens counted, sizes measured, payback, costs on the plan', async () => {
    const run = await runMain(['diagnose', fixture, '--json']);
    expect(run.code).toBe(0);
    const report = reportSchema.parse(JSON.parse(run.stdout));
    const cost = report.questions.cost;
    expect(cost.status).toBe('pays_back');
    if (cost.status === 'not_assessed') return;
    expect(cost.fineTune.model).toBe('fireworks:up-to-16b');
    expect(cost.fineTune.baseModel).toBe('openai:gpt-4.1');
    // The data audit (Q2) counts the training tokens (o200k_base, cookbook formula); Q3 prices them.
    expect(cost.fineTune.training.tokensSource).toContain(
      'the data audit of test/fixtures/cost-project/train.jsonl',
    );
    expect(cost.fineTune.training.examples).toBe(120);
    expect(cost.fineTune.lift?.kind).toBe('bound');
    // The data audit finds the training set ready (Q2), so no data preparation is added to fine-tuning.
    expect(report.questions.data.status).toBe('ready');
    expect(cost.fineTune.oneOffLines.map((line) => line.label)).not.toContain('data preparation');
    const measured = cost.assumptions.filter((entry) => entry.basis === 'measured').map((entry) => entry.key);
    expect(measured).toEqual(
      expect.arrayContaining(['prompt.system_tokens', 'prompt.user_tokens', 'prompt.output_tokens']),
    );
    // A ready training set needs no data fix, so the plan has no priced fix_data action.
    expect(report.verdict.actions.find((action) => action.kind === 'fix_data')).toBeUndefined();
  });

  it('shows the Q3 block in the terminal and in report.md', async () => {
    const out = mkdtempSync(join(tmpdir(), 'fixfirst-q3-out-'));
    const run = await runMain(['diagnose', fixture, '--out', out]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Q3 Worth the cost?           PAYS BACK');
    expect(run.stdout).toContain('break-even traffic:');
    expect(run.stdout).toContain('cost per action over 12 months');
    const markdown = readFileSync(join(out, 'report.md'), 'utf8');
    expect(markdown).toContain('<summary>Q3 cost: PAYS BACK</summary>');
    expect(markdown).toContain('per request: today');
  });

  it('without an economics: block Q3 says which keys to set', async () => {
    const run = await runMain(['diagnose', projectWith(undefined), '--json']);
    expect(run.code).toBe(0);
    const cost = JSON.parse(run.stdout).questions.cost;
    expect(cost.status).toBe('not_assessed');
    expect(cost.reason).toContain('economics.requests_per_month and economics.value_per_point_per_month');
  });

  it('a price the data lacks makes Q3 not assessed, naming the key to set', async () => {
    const run = await runMain([
      'diagnose',
      projectWith(
        '  requests_per_month: 1000\n  value_per_point_per_month: 10\n  fine_tune_model: vertex:gemini-2.5-flash\n',
      ),
      '--json',
    ]);
    expect(run.code).toBe(0);
    const cost = JSON.parse(run.stdout).questions.cost;
    expect(cost.status).toBe('not_assessed');
    expect(cost.reason).toBe(
      'the price data has no fine-tuned input and output prices for vertex:gemini-2.5-flash: set fine_tuned_input, fine_tuned_output and hosting_per_month (0 for serverless) under economics.prices."vertex:gemini-2.5-flash" in fixfirst.yaml, or set economics.fine_tune_model to a model the price data prices (fixfirst cost --list-models)',
    );
    // The cheaper fixes are still priced.
    expect(Object.keys(cost.actionCosts)).toEqual(['fix_prompt', 'fix_foundation', 'fix_data']);
  });
});

/** The cost fixture serving `model` (a live-mode model), with `economics` and an optional `live:` block. */
function servingModel(model: string, economics: string, live?: string): string {
  const dir = projectWith(economics);
  const path = join(dir, 'fixfirst.yaml');
  const text = readFileSync(path, 'utf8').replace(/^model: .*$/m, `model: ${model}`);
  writeFileSync(path, live === undefined ? text : `${text}live:\n${live}`);
  return dir;
}

describe('Q3 inside fixfirst diagnose: a serving model the price data does not list', () => {
  const traffic = '  requests_per_month: 300000\n  value_per_point_per_month: 800\n';
  it.each(['anthropic:claude-haiku-4-5', 'openai:stub-model'])(
    '%s (top-level model:) makes Q3 not assessed with the fix, not the diagnosis fail',
    async (model) => {
      const run = await runMain(['diagnose', servingModel(model, traffic), '--json']);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      const cost = JSON.parse(run.stdout).questions.cost;
      expect(cost).toEqual({
        status: 'not_assessed',
        reason: `the price data has no prices for "${model}" (the top-level \`model:\`): give them under economics.prices."${model}" (input and output; to fine-tune it also training, fine_tuned_input, fine_tuned_output and hosting_per_month, 0 for serverless) or live.prices, or set economics.model to a model the price data lists (fixfirst cost --list-models)`,
      });
    },
  );
  it('prices the serving model from live.prices, so the user gives a price once', async () => {
    const run = await runMain([
      'diagnose',
      servingModel(
        'openai:stub-model',
        `${traffic}  fine_tune_model: fireworks:up-to-16b\n`,
        '  prices: { input_usd_per_million_tokens: 0.15, output_usd_per_million_tokens: 0.6 }\n',
      ),
      '--json',
    ]);
    expect(run.code).toBe(0);
    const cost = reportSchema.parse(JSON.parse(run.stdout)).questions.cost;
    if (cost.status === 'not_assessed') throw new Error(cost.reason);
    expect(cost.fineTune.baseModel).toBe('openai:stub-model');
    expect(cost.assumptions).toContainEqual({
      key: 'prices."openai:stub-model"',
      value: '$0.15 in / $0.6 out per 1M tokens',
      basis: 'configured',
      note: 'live.prices (the price data does not list openai:stub-model)',
    });
    expect(cost.prices.sources.map((source) => source.title)).toContain('live.prices in fixfirst.yaml');
  });
  it('economics.prices beats live.prices', async () => {
    const run = await runMain([
      'diagnose',
      servingModel(
        'openai:stub-model',
        `${traffic}  fine_tune_model: fireworks:up-to-16b\n  prices: { 'openai:stub-model': { input: 1, output: 2 } }\n`,
        '  prices: { input_usd_per_million_tokens: 0.15, output_usd_per_million_tokens: 0.6 }\n',
      ),
      '--json',
    ]);
    const cost = reportSchema.parse(JSON.parse(run.stdout)).questions.cost;
    if (cost.status === 'not_assessed') throw new Error(cost.reason);
    expect(cost.assumptions.map((entry) => entry.key)).not.toContain('prices."openai:stub-model"');
    expect(cost.prices.sources.map((source) => source.title)).not.toContain('live.prices in fixfirst.yaml');
  });
  it('a model on a local server costs $0 per token, listed as an assumption', async () => {
    const run = await runMain([
      'diagnose',
      servingModel('ollama:llama3.1', `${traffic}  fine_tune_model: fireworks:up-to-16b\n`),
      '--json',
    ]);
    expect(run.code).toBe(0);
    const cost = reportSchema.parse(JSON.parse(run.stdout)).questions.cost;
    if (cost.status === 'not_assessed') throw new Error(cost.reason);
    expect(cost.fineTune.perRequest.promptUsd).toBe(0);
    expect(cost.assumptions).toContainEqual({
      key: 'prices."ollama:llama3.1"',
      value: '$0 in / $0 out per 1M tokens',
      basis: 'default',
      note: 'ollama:llama3.1 runs on a local server: $0 per token assumed (your hardware, power and time are not counted; give economics.prices."ollama:llama3.1" to count them)',
    });
  });
  it('fine-tuning the local model itself lists every figure it lacks in one message', async () => {
    const run = await runMain(['diagnose', servingModel('ollama:llama3.1', traffic), '--json']);
    expect(run.code).toBe(0);
    const cost = JSON.parse(run.stdout).questions.cost;
    expect(cost.status).toBe('not_assessed');
    expect(cost.reason).toContain(
      'set training, fine_tuned_input, fine_tuned_output and hosting_per_month (0 for serverless) under economics.prices."ollama:llama3.1"',
    );
  });
  it('a local provider on a remote base URL is not assumed free', async () => {
    const run = await runMain([
      'diagnose',
      servingModel(
        'vllm:my-model',
        `${traffic}  fine_tune_model: fireworks:up-to-16b\n`,
        '  base_url: https://gpu.example.com/v1\n',
      ),
      '--json',
    ]);
    expect(run.code).toBe(0);
    const cost = JSON.parse(run.stdout).questions.cost;
    expect(cost.status).toBe('not_assessed');
    expect(cost.reason).toContain('the price data has no prices for "vllm:my-model"');
  });
});

describe('Q3 inside fixfirst diagnose: bad config', () => {
  it('an unknown model names the file, line and key, and lists the known ones (exit 4)', async () => {
    const run = await runMain([
      'diagnose',
      projectWith('  requests_per_month: 1000\n  fine_tune_model: fireworks:tiny\n'),
    ]);
    expect(run.code).toBe(4);
    expect(run.stderr).toMatch(
      /fixfirst\.yaml:\d+: field "economics\.fine_tune_model": unknown model "fireworks:tiny"/,
    );
    expect(run.stderr).toContain('Known:');
  });
  it('a negative or absurd number names its key (exit 4)', async () => {
    const run = await runMain([
      'diagnose',
      projectWith('  requests_per_month: -3\n  horizon_months: 5000\n'),
    ]);
    expect(run.code).toBe(4);
    expect(run.stderr).toContain('field "economics.requests_per_month"');
    expect(run.stderr).toContain('field "economics.horizon_months"');
  });
  it('a price file that fails its schema names the field (exit 4)', async () => {
    const prices = JSON.parse(readFileSync(join(repoRoot, 'src/cost/prices.json'), 'utf8'));
    prices.gpuOffers[0].usdPerHour = 'cheap';
    const run = await runMain([
      'diagnose',
      projectWith('  requests_per_month: 1000\n  prices_file: my-prices.json\n', {
        'my-prices.json': JSON.stringify(prices),
      }),
    ]);
    expect(run.code).toBe(4);
    expect(run.stderr).toContain('my-prices.json: field "gpuOffers[0].usdPerHour"');
  });
});
