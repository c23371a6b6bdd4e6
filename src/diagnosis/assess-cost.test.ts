import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headroomWaterfall } from '../decision/headroom.js';
import { prepareProject } from '../project/prepare-project.js';
import { silentProgress } from './assess-context.js';
import { assessCost } from './assess-cost.js';
import { evaluateItems } from './evaluate-items.js';

const fixture = new URL('../../test/fixtures/cost-project/', import.meta.url).pathname;

/** The cost fixture with `economics:` replaced. */
async function contextFor(economics: string, now: string, withTrain = true) {
  const dir = mkdtempSync(join(tmpdir(), 'fixfirst-assess-cost-'));
  for (const name of ['eval.jsonl', 'train.jsonl', 'system.md'])
    copyFileSync(join(fixture, name), join(dir, name));
  const base = readFileSync(join(fixture, 'fixfirst.yaml'), 'utf8')
    .replace(/^economics:[\s\S]*$/m, '')
    .replace(withTrain ? /^$/ : /^train:.*\n/m, '');
  writeFileSync(join(dir, 'fixfirst.yaml'), `${base}economics:\n${economics}`);
  const project = await prepareProject(dir, { requireOutput: true });
  const items = await evaluateItems(project.cases, project.scorer);
  const thresholds = project.loaded.config.thresholds;
  return {
    project,
    items,
    headroom: headroomWaterfall(items, thresholds.alpha, { status: 'not_assessed' }),
    thresholds,
    progress: silentProgress,
    now: new Date(`${now}T12:00:00Z`),
  };
}

const notAudited = { status: 'not_assessed' as const, reason: 'no audit' };

/** A token summary as the data audit writes it, with `perEpoch` billed tokens per epoch. */
function auditedTokens(perEpoch: number) {
  const total = (value: number) => ({
    value,
    low: value,
    high: value,
    kind: 'measured' as const,
    method: 'exact count of every row',
  });
  const spread = { min: 0, max: 0, mean: 0, median: 0, p5: 0, p95: 0 };
  return {
    encoding: 'o200k_base',
    counting: 'exact' as const,
    rows: 120,
    exactRows: 120,
    total: total(perEpoch),
    target: total(0),
    perExample: spread,
    targetPerExample: spread,
    contextLimit: 16_385,
    overLimit: 0,
    billing: {
      epochs: 3,
      epochRule: 'cookbook',
      tokensPerEpoch: total(perEpoch),
      chargedTokens: total(perEpoch * 3),
    },
    sample: null,
  };
}

describe('assessCost on the report date', () => {
  it('on 2026-11-30, fine-tuning gpt-4.1-mini counts the forced migration of 2027-01-14', async () => {
    const context = await contextFor(
      '  requests_per_month: 300000\n  value_per_point_per_month: 800\n  model: openai:gpt-4.1-mini\n',
      '2026-11-30',
    );
    const cost = await assessCost(context, notAudited);
    if (cost.status === 'not_assessed') throw new Error(cost.reason);
    expect(cost.platformRisk.lastTrainingDay).toBe('2027-01-06');
    expect(cost.platformRisk.fineTuneRetires).toBe('2027-01-14');
    expect(cost.fineTune.oneOffLines.map((line) => line.label)).toContain('forced migration');
    // 18 of 60 items wrong in content: the behavioral remainder is the bound fine-tuning is credited with.
    expect(cost.fineTune.lift).toMatchObject({ value: 0.3, kind: 'bound' });
  });

  it('prices the fixes on the lifts live experiments measured, and never credits fine-tuning with one', async () => {
    const context = await contextFor(
      '  requests_per_month: 300000\n  value_per_point_per_month: 800\n  model: openai:gpt-4.1-mini\n',
      '2026-11-30',
    );
    const cost = await assessCost(context, notAudited, {
      measuredPromptLift: { value: 0.12, low: 0.05, high: 0.2 },
      measuredFoundationLift: { value: 0.08, low: 0.02, high: 0.15 },
    });
    if (cost.status === 'not_assessed') throw new Error(cost.reason);
    const action = (kind: string) => cost.actions.find((entry) => entry.kind === kind)!;
    expect(action('fix_prompt').lift).toMatchObject({ value: 0.12, kind: 'measured' });
    expect(action('fix_foundation').lift).toMatchObject({
      value: 0.08,
      low: 0.02,
      kind: 'measured',
      source: expect.stringContaining('oracle-context'),
    });
    expect(cost.fineTune.lift).toMatchObject({ kind: 'bound' });
  });

  it('on 2027-02-01 the same plan is closed: OpenAI creates no new fine-tuning jobs since 2027-01-06', async () => {
    const context = await contextFor(
      '  requests_per_month: 300000\n  value_per_point_per_month: 800\n  model: openai:gpt-4.1-mini\n',
      '2027-02-01',
    );
    const cost = await assessCost(context, notAudited);
    expect(cost.status).toBe('not_assessed');
    expect(cost.reason).toContain('economics.fine_tune_model');
    if (cost.status !== 'not_assessed') return;
    expect(cost.actionCosts?.fix_prompt).toBeDefined();
  });

  it('uses the data audit’s token count when it has one, and its error rows for relabelling', async () => {
    const context = await contextFor(
      '  requests_per_month: 1000\n  value_per_point_per_month: 10\n',
      '2026-11-30',
    );
    const audited = {
      status: 'not_ready' as const,
      reason: 'duplicates',
      reasons: [],
      file: 'train.jsonl',
      format: 'openai-chat',
      rows: 120,
      summary: {},
      findings: [
        {
          code: 'exact_duplicate',
          severity: 'error' as const,
          message: '',
          rows: [1, 2, 3],
          rowCount: 3,
          evidence: {},
        },
        { code: 'pii', severity: 'error' as const, message: '', rows: [3, 4], rowCount: 2, evidence: {} },
        {
          code: 'length_outlier',
          severity: 'warning' as const,
          message: '',
          rows: [9],
          rowCount: 1,
          evidence: {},
        },
      ],
      // As `fixfirst audit` reports them: Q3 prices the billed tokens per epoch.
      tokens: auditedTokens(50_000),
    };
    const cost = await assessCost(context, audited);
    if (cost.status === 'not_assessed') throw new Error(cost.reason);
    expect(cost.fineTune.training.tokensPerEpoch).toBe(50_000);
    expect(cost.fineTune.training.tokensSource).toBe('the data audit of train.jsonl');
    const data = cost.actions.find((action) => action.kind === 'fix_data')!;
    // rows 1–4 flagged as errors: 4 × 3 min / 60 × $30 = $6
    expect(data.lines.find((line) => line.label === 'relabelling')?.usd).toBeCloseTo(6, 10);
  });

  it('without a training set it does not load the tokenizer: request sizes are estimated, and labelled so', async () => {
    const context = await contextFor(
      '  requests_per_month: 1000\n  value_per_point_per_month: 10\n',
      '2026-11-30',
      false,
    );
    const cost = await assessCost(context, notAudited);
    expect(cost.status).toBe('not_assessed');
    expect(cost.reason).toContain('no training set to price');
    if (cost.status !== 'not_assessed') return;
    const user = cost.assumptions?.find((entry) => entry.key === 'prompt.user_tokens');
    expect(user?.note).toContain('estimated at 4 characters per token');
    expect(cost.actionCosts?.fix_prompt?.usd).toBeGreaterThan(800);
  });
});
