import type { CostQuestion } from '../core/report/report.js';

/**
 * A complete, schema-valid Q3 answer for tests of code that reads Q3 (decide, reporters):
 * fine-tuning gpt-4.1-mini to replace few-shot gpt-4.1, paying back in about a month. Override
 * any field.
 */
export function pricedCostQuestion(
  overrides: Partial<Extract<CostQuestion, { status: 'pays_back' | 'does_not_pay_back' }>> = {},
): CostQuestion {
  const fineTune = {
    model: 'openai:gpt-4.1-mini',
    baseModel: 'openai:gpt-4.1',
    training: {
      tokensPerEpoch: 700_000,
      tokensSource: 'configured',
      examples: 1000,
      epochs: 3,
      epochsNote: "OpenAI's auto rule for 1000 examples",
      iterations: 3,
      runUsd: 10.5,
      runFormula: '700,000 tokens × 3 epochs × $5/1M',
    },
    perRequest: {
      promptUsd: 0.0036,
      promptFormula: 'p',
      fineTunedUsd: 0.00104,
      fineTunedFormula: 'f',
      extraUsd: -0.00256,
    },
    oneOffUsd: 4032.44,
    oneOffLines: [
      { label: 'training', usd: 31.5, formula: '3 × $10.50' },
      { label: 'engineering', usd: 4000, formula: '40 h × $100/h' },
    ],
    monthlyCostUsd: -768,
    monthlyLines: [{ label: 'inference change', usd: -768, formula: '…' }],
    lift: { value: 0.04, low: 0.02, high: 0.06, kind: 'bound' as const, source: 'remainder' },
    monthlyValueUsd: 3200,
    monthlyNetUsd: 3968,
    netOverHorizonUsd: 43_583,
    paybackMonths: 1.016,
    paybackMonthsRange: { atHighLift: 0.75, atLowLift: 1.7 },
    breakEvenLift: 0,
    breakEvenTraffic: { requestsPerMonth: 0, direction: 'always' as const },
    costOnlyBreakEvenRequestsPerMonth: 131_261,
    notes: [],
  };

  const report: CostQuestion = {
    status: 'pays_back',
    reason: 'pays back',
    paybackMonths: 1.016,
    fineTuneCostUsd: 4032.44,
    horizonMonths: 12,
    requestsPerMonth: 300_000,
    valuePerPointPerMonth: 800,
    details: {},
    fineTune,
    actions: [
      {
        kind: 'fix_prompt',
        lift: null,
        oneOffUsd: 800,
        monthlyUsd: 0,
        horizonUsd: 800,
        hours: 8,
        liftPointsPerThousandUsd: 25,
        paybackMonths: null,
        lines: [{ label: 'engineering', usd: 800, formula: '8 h × $100/h' }],
        note: '',
      },
    ],
    actionCosts: {},
    platformRisk: {
      closed: null,
      fineTuneRetires: '2027-01-14',
      lastTrainingDay: null,
      baseRetires: null,
      warnings: ['openai:gpt-4.1-mini fine-tunes stop serving on 2027-01-14'],
      events: [],
    },
    assumptions: [
      { key: 'labour.hourly_rate', value: '100', basis: 'default', note: '' },
      { key: 'prompt.user_tokens', value: '500', basis: 'measured', note: '' },
    ],
    prices: {
      version: '2026-11-30',
      file: 'src/cost/prices.json',
      sources: [
        {
          id: 'openai-pricing',
          title: '',
          url: '',
          read: '2026-11',
          published: '2025-07',
          evidence: 'verified',
        },
      ],
    },
  };
  return { ...report, ...overrides } as CostQuestion;
}
