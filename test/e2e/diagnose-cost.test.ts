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
    expect(cost.fineTune.training.tokensSource).toContain('counted over 120 training rows (o200k_base)');
    expect(cost.fineTune.training.examples).toBe(120);
    expect(cost.fineTune.lift?.kind).toBe('bound');
    // The data audit has not run, so data preparation is part of the fine-tuning cost.
    expect(cost.fineTune.oneOffLines.map((line) => line.label)).toContain('data preparation');
    const measured = cost.assumptions.filter((entry) => entry.basis === 'measured').map((entry) => entry.key);
    expect(measured).toEqual(
      expect.arrayContaining(['prompt.system_tokens', 'prompt.user_tokens', 'prompt.output_tokens']),
    );
    const dataAction = report.verdict.actions.find((action) => action.kind === 'fix_data');
    expect(dataAction?.cost?.usd).toBe(1600);
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
    expect(cost.reason).toContain('economics.prices."vertex:gemini-2.5-flash".fine_tuned_input');
    // The cheaper fixes are still priced.
    expect(Object.keys(cost.actionCosts)).toEqual(['fix_prompt', 'fix_foundation', 'fix_data']);
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
