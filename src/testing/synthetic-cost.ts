import type { CostLine, Lift } from '../core/report/cost-question.js';
import type { CostQuestion } from '../core/report/report.js';

/** The most fine-tuning could buy here: the fine-tune estimate and the fine_tune action share it. */
const fineTuneLift: Lift = {
  value: 0.3282828282828283,
  low: 0.24704559122881123,
  high: 0.40132024961074714,
  kind: 'bound',
  source: 'behavioral remainder of the headroom (the most fine-tuning could buy)',
};

/**
 * The fine-tune's one-off cost lines: the same lines in the estimate and in the fine_tune action.
 * A fresh array each call, so that a test that edits one place (structuredClone keeps shared
 * references shared) does not edit the other.
 */
function fineTuneOneOffLines(): CostLine[] {
  return [
    {
      label: 'training',
      usd: 2.031156,
      formula: '3 run(s) × (75,228 tokens × 3 epochs × $3/1M) = 3 × $0.68',
    },
    {
      label: 'eval runs',
      usd: 0.09269999999999999,
      formula: '3 run(s) × 200 items × ($0.000154)',
    },
    {
      label: 'engineering',
      usd: 4000,
      formula: '40 h × $100/h',
    },
    {
      label: 'data preparation',
      usd: 1600,
      formula: 'the data is not audited yet: the fix_data action (engineering $1,600)',
    },
    {
      label: 'forced migration',
      usd: 4002.123856,
      formula:
        'the fine-tune stops serving on 2027-01-14: one more campaign priced like this one (a proxy: set economics.migration_model to price the replacement) = $2.03 + $0.0927 + $4,000',
    },
  ];
}

/** The eval runs both prompt-side actions pay for (fix_prompt and fix_foundation alike); fresh each call. */
function promptPathRunLines(): CostLine[] {
  return [
    {
      label: 'eval runs',
      usd: 0.046349999999999995,
      formula: '3 run(s) × 200 items × ($0.0000772)',
    },
    {
      label: 're-validation',
      usd: 0.015449999999999998,
      formula:
        'openai:gpt-4o-mini is retired on 2027-01-14: 1 run(s) × 200 items × ($0.0000772) on the replacement',
    },
  ];
}

/**
 * An answered Q3 for synthetic reports: the cost question of `fixfirst diagnose examples/not-worth-it`
 * as it was on 2026-11-30, trimmed (8 assumptions, 3 price sources). Typed, so a schema change that
 * breaks it fails the type check.
 */
export const syntheticCost: CostQuestion = {
  status: 'does_not_pay_back',
  reason:
    'fine-tuning openai:gpt-4o-mini: at most 32.8 pts (behavioral remainder, an upper bound) × $2.00/pt = $65.66/month against $9,604 one-off incl. a forced migration (2027-01-14) and +$0.0386/month running; does not pay back within 6 months: no accuracy gain could (it would need 800.4 pts); platform: openai:gpt-4o-mini fine-tunes stop serving on 2027-01-14 (in 45 days) (secondary source): one forced migration within the horizon is counted',
  paybackMonths: 146.36618607504272,
  fineTuneCostUsd: 9604.247712,
  horizonMonths: 6,
  requestsPerMonth: 500,
  valuePerPointPerMonth: 2,
  details: {
    model: 'openai:gpt-4o-mini',
    baseModel: 'openai:gpt-4o-mini',
    oneOffUsd: 9604.247712,
    monthlyCostUsd: 0.038625,
    monthlyValueUsd: 65.65656565656566,
    liftKind: 'bound',
    breakEvenLift: 8.003732885,
    breakEvenRequestsPerMonth: null,
    breakEvenDirection: 'never',
    promptPerRequestUsd: 0.00007725,
    fineTunedPerRequestUsd: 0.0001545,
    platformWarnings: 5,
  },
  fineTune: {
    model: 'openai:gpt-4o-mini',
    baseModel: 'openai:gpt-4o-mini',
    training: {
      tokensPerEpoch: 75228,
      tokensSource: 'counted over 500 training rows (o200k_base) in examples/not-worth-it/data/train.jsonl',
      examples: 500,
      epochs: 3,
      epochsNote: "OpenAI's auto rule for 500 examples",
      iterations: 3,
      runUsd: 0.677052,
      runFormula: '75,228 tokens × 3 epochs × $3/1M',
    },
    perRequest: {
      promptUsd: 0.00007725,
      promptFormula: '(207 input × $0.15 + 77 output × $0.6) / 1M = $0.0000772',
      fineTunedUsd: 0.0001545,
      fineTunedFormula: '(207 input × $0.3 + 77 output × $1.2) / 1M = $0.000154',
      extraUsd: 0.00007725,
    },
    oneOffUsd: 9604.247712,
    oneOffLines: fineTuneOneOffLines(),
    monthlyCostUsd: 0.038625,
    monthlyLines: [
      {
        label: 'inference change',
        usd: 0.038625,
        formula: '($0.000154 − $0.0000772) × 500 requests',
      },
      {
        label: 'hosting',
        usd: 0,
        formula: 'serverless: billed per token only',
      },
    ],
    lift: fineTuneLift,
    monthlyValueUsd: 65.65656565656566,
    monthlyNetUsd: 65.61794065656566,
    netOverHorizonUsd: -9210.540068060607,
    paybackMonths: 146.36618607504272,
    paybackMonthsRange: {
      atHighLift: 119.71575995166047,
      atLowLift: 194.53416566431386,
    },
    breakEvenLift: 8.003732885,
    breakEvenTraffic: {
      requestsPerMonth: null,
      direction: 'never',
    },
    costOnlyBreakEvenRequestsPerMonth: null,
    notes: [],
  },
  actions: [
    {
      kind: 'fix_prompt',
      lift: {
        value: 0.035,
        low: 0.01705554200856719,
        high: 0.07047061152229073,
        kind: 'measured',
        source: 'surface items: right in content, wrong in form',
      },
      oneOffUsd: 800.0618,
      monthlyUsd: 0,
      horizonUsd: 800.0618,
      hours: 8,
      liftPointsPerThousandUsd: 4.37466205735607,
      paybackMonths: 114.29454285714283,
      lines: [
        {
          label: 'engineering',
          usd: 800,
          formula: '8 h × $100/h',
        },
        ...promptPathRunLines(),
      ],
      note: 'labour and eval runs; no change in running cost assumed',
    },
    {
      kind: 'fix_foundation',
      lift: {
        value: 0.006717171717171717,
        low: 0.0016578383095877257,
        high: 0.026195278555351947,
        kind: 'estimate',
        source: 'retrieval misses × accuracy when the gold passage was present',
      },
      oneOffUsd: 4000.0618,
      monthlyUsd: 0,
      horizonUsd: 4000.0618,
      hours: 40,
      liftPointsPerThousandUsd: 0.1679266984618017,
      paybackMonths: 2977.4896105263156,
      lines: [
        {
          label: 'engineering',
          usd: 4000,
          formula: '40 h × $100/h',
        },
        ...promptPathRunLines(),
      ],
      note: 'labour and eval runs; no change in running cost assumed',
    },
    {
      kind: 'fix_data',
      lift: null,
      oneOffUsd: 1600,
      monthlyUsd: 0,
      horizonUsd: 1600,
      hours: 16,
      liftPointsPerThousandUsd: null,
      paybackMonths: null,
      lines: [
        {
          label: 'engineering',
          usd: 1600,
          formula: '16 h × $100/h',
        },
      ],
      note: 'buys no accuracy on its own: it makes fine-tuning possible (no rows to relabel known)',
    },
    {
      kind: 'fine_tune',
      lift: fineTuneLift,
      oneOffUsd: 9604.247712,
      monthlyUsd: 0.038625,
      horizonUsd: 9604.479462000001,
      hours: 96,
      liftPointsPerThousandUsd: 3.418017911139017,
      paybackMonths: 146.36618607504272,
      lines: fineTuneOneOffLines(),
      note: '3 training run(s) of 75,228 tokens × 3 epochs',
    },
  ],
  actionCosts: {
    fix_prompt: {
      usd: 800.0618,
      hours: 8,
      note: '$800 one-off · 4.4 pts per $1k · payback 114.3 months',
    },
    fix_foundation: {
      usd: 4000.0618,
      hours: 40,
      note: '$4,000 one-off · 0.17 pts per $1k · payback 2977.5 months',
    },
    fix_data: {
      usd: 1600,
      hours: 16,
      note: '$1,600 one-off',
    },
    fine_tune: {
      usd: 9604.479462000001,
      hours: 96,
      note: '$9,604 one-off + $0.0386/month × 6 · 3.4 pts per $1k · payback 146.4 months',
    },
  },
  platformRisk: {
    events: [
      {
        date: '2026-05-07',
        kind: 'no_new_fine_tuning_jobs',
        who: 'new_organizations',
        provider: 'openai',
        affects: 'fine_tune',
        status: 'in_effect',
        days: -207,
        text: 'Creating fine-tuning jobs or training is not available to organizations that have not previously run fine-tuning.',
        consequence:
          'only possible if your organisation is not among organisations that never ran fine-tuning',
        source: 'openai-deprecations',
        evidence: 'verified',
      },
      {
        date: '2026-07-02',
        kind: 'no_new_fine_tuning_jobs',
        who: 'inactive_organizations',
        provider: 'openai',
        affects: 'fine_tune',
        status: 'in_effect',
        days: -151,
        text: 'No new fine-tuning jobs for organizations that have not run inference on a fine-tuned model in the past 60 days.',
        consequence:
          'only possible if your organisation is not among organisations without fine-tuned inference in the past 60 days',
        source: 'openai-deprecations',
        evidence: 'verified',
      },
      {
        date: '2027-01-06',
        kind: 'no_new_fine_tuning_jobs',
        who: 'everyone',
        provider: 'openai',
        affects: 'fine_tune',
        status: 'within_horizon',
        days: 37,
        text: 'Active existing customers will no longer be able to create new fine-tuning jobs. Inference on fine-tuned models continues until each base model is deprecated.',
        consequence: 'no training or retraining after this date on this provider',
        source: 'openai-deprecations',
        evidence: 'verified',
      },
      {
        date: '2027-01-14',
        kind: 'fine_tuned_models_retired',
        provider: 'openai',
        affects: 'fine_tune',
        status: 'within_horizon',
        days: 45,
        text: 'GPT-4o, GPT-4o mini, GPT-4.1 and GPT-4.1 mini and their fine-tunes shut down; the named replacement gpt-6-luna cannot be fine-tuned.',
        consequence: 'a fine-tune of openai:gpt-4o-mini stops serving: retrain elsewhere (a migration)',
        source: 'openai-deprecations-mirror',
        evidence: 'secondary',
      },
      {
        date: '2027-01-14',
        kind: 'base_model_retired',
        provider: 'openai',
        affects: 'fine_tune',
        status: 'within_horizon',
        days: 45,
        text: 'GPT-4o, GPT-4o mini, GPT-4.1 and GPT-4.1 mini shut down (replacement: gpt-6-luna).',
        consequence: 'openai:gpt-4o-mini and its fine-tunes stop serving: retrain elsewhere (a migration)',
        source: 'openai-deprecations-mirror',
        evidence: 'secondary',
      },
    ],
    closed: null,
    fineTuneRetires: '2027-01-14',
    lastTrainingDay: '2027-01-06',
    baseRetires: '2027-01-14',
    warnings: [
      'openai:gpt-4o-mini fine-tunes stop serving on 2027-01-14 (in 45 days) (secondary source): one forced migration within the horizon is counted',
      'openai stops all new fine-tuning jobs on 2027-01-06 (in 37 days): every training run must finish before then; later retraining means another provider',
      'openai:gpt-4o-mini is retired on 2027-01-14 (in 45 days) (secondary source): the prompt path re-runs its eval on the replacement (counted)',
      'since 2026-05-07, openai creates no new fine-tuning jobs for organisations that never ran fine-tuning',
      'since 2026-07-02, openai creates no new fine-tuning jobs for organisations without fine-tuned inference in the past 60 days',
    ],
  },
  assumptions: [
    {
      key: 'model',
      value: 'openai:gpt-4o-mini',
      basis: 'configured',
      note: 'the top-level `model:`',
    },
    {
      key: 'fine_tune_model',
      value: 'openai:gpt-4o-mini',
      basis: 'default',
      note: 'the model serving today is the one fine-tuned',
    },
    {
      key: 'prompt.system_tokens',
      value: '136',
      basis: 'measured',
      note: 'counted in prompt.system (o200k_base)',
    },
    {
      key: 'training.tokens',
      value: '75,228',
      basis: 'counted',
      note: 'counted over 500 training rows (o200k_base) in examples/not-worth-it/data/train.jsonl',
    },
    {
      key: 'training.epochs',
      value: 'auto',
      basis: 'rule',
      note: "OpenAI's default epoch rule on the example count",
    },
    {
      key: 'training.iterations',
      value: '3',
      basis: 'default',
      note: 'fine-tuning takes several runs; research/evidence-cost.md §6.1 budgets 3–5 (assumption, not a sourced statistic)',
    },
    {
      key: 'prompt.few_shot_tokens',
      value: '0',
      basis: 'default',
      note: 'no few-shot examples in the prompt unless configured',
    },
    {
      key: 'prompt.user_tokens',
      value: '71',
      basis: 'measured',
      note: 'mean over 200 eval inputs with their contexts (o200k_base)',
    },
  ],
  prices: {
    version: '2026-11-30',
    file: 'src/cost/prices.json',
    sources: [
      {
        id: 'openai-pricing',
        title: 'OpenAI API pricing page (verbatim copy; lists o3-pro-2025-06-10, so mid-2025)',
        url: 'https://openai.com/api/pricing',
        read: '2026-11',
        published: '2025-07',
        evidence: 'verified',
      },
      {
        id: 'openai-prompt-caching',
        title:
          'openai-cookbook Prompt_Caching_201.ipynb (automatic for prompts of at least 1,024 tokens, 128-token increments)',
        url: 'https://github.com/openai/openai-cookbook/blob/main/examples/Prompt_Caching_201.ipynb',
        read: '2026-11',
        published: null,
        evidence: 'verified',
      },
      {
        id: 'openai-deprecations',
        title:
          'OpenAI API deprecations: "Update to OpenAI\'s self-serve fine-tuning" and "2026-04-22 Legacy GPT model snapshots" (verbatim copies in stored repositories)',
        url: 'https://developers.openai.com/api/docs/deprecations',
        read: '2026-11',
        published: null,
        evidence: 'verified',
      },
    ],
  },
};
