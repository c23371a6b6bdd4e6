import { describe, expect, it } from 'vitest';
import { FixfirstError } from '../core/errors.js';
import { assessEconomics } from './assess-economics.js';
import { defaultPriceCatalog } from './default-price-catalog.js';
import type { EconomicsInputs } from './economics-inputs.js';
import { findModel } from './find-model.js';

const catalog = defaultPriceCatalog();
const where = { code: 'USAGE' as const, location: {}, pricesHint: 'give prices' };
const model = (id: string) => findModel(catalog, id, where);

/** evidence-cost.md §6.2's request (2,000 tokens of few-shot examples, 500 of prompt, 200 out), 300k requests a month. */
function inputs(overrides: Partial<EconomicsInputs> = {}): EconomicsInputs {
  return {
    catalog,
    pricesFile: 'src/cost/prices.json',
    today: '2026-11-30',
    baseModel: model('openai:gpt-4.1-mini'),
    fineTuneModel: model('openai:gpt-4.1-mini'),
    migrationModel: undefined,
    requestsPerMonth: 300_000,
    valuePerPointPerMonth: 800,
    horizonMonths: 12,
    prompt: {
      systemTokens: 0,
      fewShotTokens: 2000,
      userTokens: 500,
      outputTokens: 200,
      fineTunedSystemTokens: 0,
      cachedShare: undefined,
      fixExtraTokens: 0,
    },
    training: {
      tokensPerEpoch: 700_000,
      tokensSource: 'configured',
      examples: 1000,
      epochs: 'auto',
      iterations: 3,
      hoursPerRun: undefined,
      validationTokens: 0,
    },
    trainingMissing: '',
    evalPlan: { items: 300, runsPerIteration: 1, runsPerFix: 3 },
    labour: {
      hourlyRate: 100,
      labellingHourlyRate: 30,
      minutesPerExample: 3,
      qaRework: 0,
      examplesToLabel: 0,
      examplesToLabelSource: 'none',
      hours: { fix_prompt: 8, fix_foundation: 40, fix_data: 16, fine_tune: 40 },
    },
    lifts: {
      fineTune: { value: 0.06, low: 0.04, high: 0.08, kind: 'bound', source: 'behavioral remainder' },
      fixPrompt: { value: 0.2, low: 0.15, high: 0.25, kind: 'measured', source: 'surface items' },
      fixFoundation: { value: 0.03, low: 0.01, high: 0.05, kind: 'estimate', source: 'retrieval misses' },
    },
    data: 'ready',
    hostingPerMonth: undefined,
    gpuPricePerHour: undefined,
    missingPrice: (id, key) =>
      new FixfirstError('USAGE', `no ${key} price for ${id}`, { hint: `set ${key}` }),
    onMissingPrice: 'throw',
    keyName: (key) => key,
    assumptions: [],
    notes: [],
    ...overrides,
  };
}

describe('assessEconomics: fine-tuning gpt-4.1-mini on 2026-11-30', () => {
  const result = assessEconomics(inputs());
  if (result.status === 'not_assessed') throw new Error(result.reason);
  const fineTune = result.fineTune;

  it('prices a request at $0.00072 today (cached few-shot) and $0.00104 fine-tuned', () => {
    expect(fineTune.perRequest.promptUsd).toBeCloseTo(0.00072, 12);
    expect(fineTune.perRequest.fineTunedUsd).toBeCloseTo(0.00104, 12);
    expect(fineTune.perRequest.extraUsd).toBeCloseTo(0.00032, 12);
  });
  it('one campaign: 3 runs × $10.50 + 3 eval runs × 300 × $0.00104 + 40 h × $100 = $4,032.436', () => {
    expect(fineTune.training).toMatchObject({ epochs: 3, iterations: 3, tokensPerEpoch: 700_000 });
    expect(fineTune.training.runUsd).toBeCloseTo(10.5, 10);
    const [training, evals, engineering] = fineTune.oneOffLines;
    expect(training!.usd).toBeCloseTo(31.5, 10);
    expect(evals!.usd).toBeCloseTo(0.936, 10);
    expect(engineering!.usd).toBe(4000);
  });
  it('counts the forced migration: the fine-tune stops serving on 2027-01-14, inside the 12-month horizon', () => {
    const migration = fineTune.oneOffLines.find((line) => line.label === 'forced migration')!;
    expect(migration.usd).toBeCloseTo(4032.436, 9);
    expect(fineTune.oneOffUsd).toBeCloseTo(8064.872, 9);
    expect(result.platformRisk.fineTuneRetires).toBe('2027-01-14');
    expect(result.platformRisk.lastTrainingDay).toBe('2027-01-06');
    expect(result.reason).toContain('forced migration (2027-01-14)');
  });
  it('running cost +$0.00032 × 300,000 = $96/month; value 6 pts × $800 = $4,800/month; payback 8,064.872 / 4,704 = 1.714 months', () => {
    expect(fineTune.monthlyCostUsd).toBeCloseTo(96, 9);
    expect(fineTune.monthlyValueUsd).toBeCloseTo(4800, 9);
    expect(result.paybackMonths).toBeCloseTo(8064.872 / 4704, 9);
    expect(result.status).toBe('pays_back');
    expect(result.reason).toContain('at most 6.0 pts (behavioral remainder, an upper bound)');
  });
  it('break-even lift (8,064.872 / 12 + 96) / 800 / 100 = 0.96 pts; break-even traffic at most 12.9M requests a month', () => {
    expect(fineTune.breakEvenLift).toBeCloseTo((8064.872 / 12 + 96) / 80_000, 12);
    expect(fineTune.breakEvenTraffic?.direction).toBe('at_most');
    expect(fineTune.breakEvenTraffic?.requestsPerMonth).toBeCloseTo((4800 - 8064.872 / 12) / 0.00032, 3);
    expect(fineTune.costOnlyBreakEvenRequestsPerMonth).toBeNull();
  });
  it('pays back at both ends of the lift interval: 8,064.872 / (8 × 800 − 96) and / (4 × 800 − 96)', () => {
    expect(fineTune.paybackMonthsRange?.atHighLift).toBeCloseTo(8064.872 / 6304, 9);
    expect(fineTune.paybackMonthsRange?.atLowLift).toBeCloseTo(8064.872 / 3104, 9);
  });
  it('prices the cheaper fixes the same way, with lift per $1,000', () => {
    const prompt = result.actions.find((action) => action.kind === 'fix_prompt')!;
    // 8 h × $100 + 3 × 300 × $0.00072 + re-validation on gpt-4.1-mini's replacement 300 × $0.00072
    expect(prompt.oneOffUsd).toBeCloseTo(800 + 0.648 + 0.216, 9);
    expect(prompt.liftPointsPerThousandUsd).toBeCloseTo((20 / 800.864) * 1000, 9);
    expect(prompt.paybackMonths).toBeCloseTo(800.864 / 16_000, 9);
    const foundation = result.actions.find((action) => action.kind === 'fix_foundation')!;
    expect(foundation.oneOffUsd).toBeCloseTo(4000.864, 9);
    const data = result.actions.find((action) => action.kind === 'fix_data')!;
    expect(data.oneOffUsd).toBe(1600);
    expect(data.lift).toBeNull();
    expect(result.actionCosts.fine_tune?.usd).toBeCloseTo(8064.872 + 96 * 12, 9);
    expect(result.actionCosts.fix_prompt?.note).toContain('pts per $1k');
  });
  it('lists the dated sources behind the figures', () => {
    expect(result.prices.sources.map((source) => source.id)).toEqual(
      expect.arrayContaining(['openai-pricing', 'openai-deprecations', 'openai-deprecations-mirror']),
    );
  });
});

describe('assessEconomics: other paths and missing inputs', () => {
  it('does not pay back when the lift is small: it names the lift it would need', () => {
    const result = assessEconomics(
      inputs({
        lifts: {
          ...inputs().lifts,
          fineTune: { value: 0.005, low: 0.005, high: 0.005, kind: 'prior', source: 'prior' },
        },
      }),
    );
    expect(result.status).toBe('does_not_pay_back');
    expect(result.reason).toContain('it would need at least 1.0 pts');
  });
  it('says when no accuracy gain could pay it back (break-even lift above 100 points)', () => {
    const result = assessEconomics(inputs({ valuePerPointPerMonth: 2, horizonMonths: 6 }));
    expect(result.status).toBe('does_not_pay_back');
    // (8,064.872 / 6 + 96) / 2 / 100 = 7.2 = 720 points
    expect(result.reason).toContain('no accuracy gain could (it would need 720.1 pts)');
  });
  it('a closed path (gpt-4.1-nano, shut down 2026-10-23) is not assessed, but the other actions are priced', () => {
    const result = assessEconomics(inputs({ fineTuneModel: model('openai:gpt-4.1-nano') }));
    expect(result.status).toBe('not_assessed');
    expect(result.reason).toContain('2026-10-23');
    expect(result.reason).toContain('economics.fine_tune_model');
    if (result.status !== 'not_assessed') return;
    expect(result.actions?.map((action) => action.kind)).toEqual([
      'fix_prompt',
      'fix_foundation',
      'fix_data',
    ]);
  });
  it('without traffic and value it prices the fine-tune but names the keys a payback needs', () => {
    const result = assessEconomics(inputs({ requestsPerMonth: undefined, valuePerPointPerMonth: undefined }));
    expect(result.status).toBe('not_assessed');
    expect(result.reason).toContain('economics.requests_per_month and economics.value_per_point_per_month');
    if (result.status !== 'not_assessed') return;
    expect(result.fineTune?.monthlyCostUsd).toBeNull();
  });
  it('without a training-set size it says why', () => {
    const result = assessEconomics(
      inputs({ training: undefined, trainingMissing: 'no training set: name one' }),
    );
    expect(result).toMatchObject({ status: 'not_assessed', reason: 'no training set: name one' });
  });
  it('self-hosted 8B LoRA: 0.124 GPU-h per run at the $2.79 median A100 price, an always-on A100 at $2,036.70/month, $0 per token', () => {
    const result = assessEconomics(inputs({ fineTuneModel: model('self-hosted:llama-3.1-8b-lora') }));
    if (result.status === 'not_assessed') throw new Error(result.reason);
    expect(result.fineTune.training.runUsd).toBeCloseTo((2_100_000 / 4699 / 3600) * 2.79, 9);
    expect(result.fineTune.perRequest.fineTunedUsd).toBe(0);
    const hosting = result.fineTune.monthlyLines.find((line) => line.label === 'hosting')!;
    expect(hosting.usd).toBeCloseTo(2.79 * 730, 9);
    expect(result.fineTune.monthlyCostUsd).toBeCloseTo(2.79 * 730 - 0.00072 * 300_000, 9);
    expect(result.platformRisk.fineTuneRetires).toBeNull();
    // No migration: one campaign only.
    expect(result.fineTune.oneOffLines.map((line) => line.label)).toEqual([
      'training',
      'eval runs',
      'engineering',
    ]);
  });
  it('adds data preparation to the fine-tune when the data is not ready', () => {
    const base = inputs();
    const result = assessEconomics(
      inputs({
        data: 'not_ready',
        labour: { ...base.labour, examplesToLabel: 200, examplesToLabelSource: 'flagged rows' },
      }),
    );
    if (result.status === 'not_assessed') throw new Error(result.reason);
    const preparation = result.fineTune.oneOffLines.find((line) => line.label === 'data preparation')!;
    // 16 h × $100 + 200 × 3 min / 60 × $30
    expect(preparation.usd).toBeCloseTo(1600 + 300, 9);
  });
  it('a missing price throws through the caller-supplied error (vertex has no tuned-inference price)', () => {
    expect(() => assessEconomics(inputs({ fineTuneModel: model('vertex:gemini-2.5-flash') }))).toThrow(
      'no fine_tuned_input price for vertex:gemini-2.5-flash',
    );
  });
  it('or, in diagnose, makes Q3 not assessed with the key to set, still pricing the cheaper fixes', () => {
    const result = assessEconomics(
      inputs({ fineTuneModel: model('vertex:gemini-2.5-flash'), onMissingPrice: 'not_assessed' }),
    );
    expect(result.status).toBe('not_assessed');
    expect(result.reason).toBe('no fine_tuned_input price for vertex:gemini-2.5-flash: set fine_tuned_input');
    if (result.status !== 'not_assessed') return;
    expect(Object.keys(result.actionCosts ?? {})).toEqual(['fix_prompt', 'fix_foundation', 'fix_data']);
  });
  it('without base-model prices nothing can be priced', () => {
    const base = { ...model('openai:gpt-4.1-mini') };
    base.prices = { ...base.prices, inference: null };
    const result = assessEconomics(inputs({ baseModel: base, onMissingPrice: 'not_assessed' }));
    expect(result).toEqual({
      status: 'not_assessed',
      reason: 'no input price for openai:gpt-4.1-mini: set input',
    });
  });
});
