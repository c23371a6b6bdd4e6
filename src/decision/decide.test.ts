import { describe, expect, it } from 'vitest';
import { thresholdsSchema } from '../core/config.js';
import type { ItemClass, ItemResult } from '../core/report/item-result.js';
import type { CostQuestion, DataQuestion, FoundationQuestion } from '../core/report/report.js';
import { wilson } from '../stats/wilson.js';
import { pricedCostQuestion } from '../testing/priced-cost-question.js';
import { decide, type Evidence } from './decide.js';
import { headroomWaterfall } from './headroom.js';
import { summarizeItems } from './summarize-items.js';
import { assessSurface } from './surface-question.js';

const thresholds = thresholdsSchema.parse({});

/** Items with the given class counts; `foundation` of the behavioral ones lack their gold passage. */
function items(counts: Partial<Record<ItemClass, number>>, foundation = 0): ItemResult[] {
  const list: ItemResult[] = [];
  let missing = foundation;
  for (const itemClass of ['pass', 'surface', 'behavioral', 'mixed'] as const) {
    for (let index = 0; index < (counts[itemClass] ?? 0); index++) {
      const wrong = itemClass === 'behavioral' || itemClass === 'mixed';
      const goldMissing = wrong && missing-- > 0;
      list.push({
        id: `${itemClass}-${index}`,
        line: list.length + 1,
        class: itemClass,
        foundation: goldMissing,
        correctStrict: itemClass === 'pass',
        correctLenient: !wrong,
        contractMet: itemClass === 'pass' || itemClass === 'behavioral',
        contractMetLoose: itemClass === 'pass' || itemClass === 'behavioral',
        score: wrong ? 0 : 1,
        checks:
          itemClass === 'surface' || itemClass === 'mixed'
            ? [{ check: 'json', category: 'format', pass: false, passLoose: false }]
            : [],
        goldInContext: foundation > 0 ? !goldMissing : null,
        tags: {},
      });
    }
  }
  return list;
}

const notAssessed = { status: 'not_assessed' as const, reason: 'not given' };
const ready: DataQuestion = {
  status: 'ready',
  reason: 'no blocking findings',
  reasons: [],
  file: 'train.jsonl',
  format: 'openai-chat',
  rows: 2000,
  summary: {},
  findings: [],
};
const notReady: DataQuestion = {
  ...ready,
  status: 'not_ready',
  reason: '12% duplicates',
  reasons: ['12% exact duplicates'],
};
const paysBack = pricedCostQuestion({
  status: 'pays_back',
  reason: 'pays back in 2.0 months',
  paybackMonths: 2,
  fineTuneCostUsd: 900,
  actionCosts: { fine_tune: { usd: 900, hours: 16, note: '3 runs' } },
});
const doesNotPayBack: CostQuestion = {
  ...paysBack,
  status: 'does_not_pay_back',
  reason: 'never pays back',
  paybackMonths: null,
} as CostQuestion;

function evidence(
  list: ItemResult[],
  overrides: Partial<Pick<Evidence, 'data' | 'cost' | 'foundation'>> = {},
): Evidence {
  return {
    summary: summarizeItems(list, thresholds),
    headroom: headroomWaterfall(list, thresholds.alpha, overrides.foundation ?? notAssessed),
    surface: assessSurface(list, thresholds),
    data: notAssessed,
    cost: notAssessed,
    foundation: notAssessed,
    thresholds,
    ...overrides,
  };
}

/** An answered Q4 (every status but not_assessed). */
type AnsweredFoundation = Exclude<FoundationQuestion, { status: 'not_assessed' }>;

const foundationGap = (list: ItemResult[]): AnsweredFoundation => ({
  status: 'foundation_gap',
  reason: 'gold missing in 60% of failures; accuracy 90% with gold vs 20% without (p < 0.001)',
  goldMissingShareOfFailures: wilson(60, 100),
  accuracyGoldPresent: wilson(90, 100),
  accuracyGoldMissing: wilson(20, 100),
  gap: { value: 0.7, low: 0.6, high: 0.78, method: 'newcombe' },
  pValue: 1e-9,
  threshold: thresholds.foundation_share,
  goldSource: 'gold_ids',
  items: {
    total: list.length,
    assessed: 200,
    goldPresent: 100,
    goldMissing: 100,
    failures: 100,
    failuresGoldMissing: 60,
  },
  minimumGroup: 10,
  itemsNeeded: null,
  projectedLift: { value: 0.2, low: 0.1, high: 0.3, method: 'product', kind: 'estimate', note: 'confounded' },
  retrieval: null,
  goldDepth: null,
  byPosition: [],
  byContextLength: [],
  chunks: {
    itemsWithContexts: 0,
    duplicateChunks: 0,
    itemsWithDuplicates: 0,
    emptyChunks: 0,
    itemsWithEmpty: 0,
  },
  answerInContext: { items: 0, missesWithAnswerElsewhere: 0 },
  findings: [],
  hygiene: [],
  details: { items: list.length },
});

describe('decide: the six verdicts of DESIGN §2.3', () => {
  it('FIX_PROMPT when most failures are surface-level, with the surface bar as the expected lift', () => {
    const verdict = decide(evidence(items({ pass: 120, surface: 60, behavioral: 15, mixed: 5 })));
    expect(verdict.decision).toBe('FIX_PROMPT');
    expect(verdict.actions[0]!.kind).toBe('fix_prompt');
    expect(verdict.actions[0]!.expectedLift).toMatchObject({ value: 0.3, kind: 'measured' });
    expect(verdict.confidence).toBe('high');
  });

  it('FIX_PROMPT on a significant measured prompt-repair lift even when the offline share is low', () => {
    const base = evidence(items({ pass: 120, surface: 10, behavioral: 70 }));
    base.surface = {
      ...base.surface,
      measuredRepairLift: { value: 0.12, low: 0.06, high: 0.18, pValue: 0.001 },
    };
    const verdict = decide(base);
    expect(verdict.decision).toBe('FIX_PROMPT');
    expect(verdict.actions[0]!.expectedLift).toMatchObject({ value: 0.12, kind: 'measured' });
  });

  it('FIX_FOUNDATION when retrieval misses explain the behavioral failures', () => {
    const list = items({ pass: 120, surface: 5, behavioral: 75 }, 50);
    const verdict = decide(evidence(list, { foundation: foundationGap(list) }));
    expect(verdict.decision).toBe('FIX_FOUNDATION');
    expect(verdict.actions[0]!.kind).toBe('fix_foundation');
  });

  it('FIX_DATA when the gap is behavioral and the training data is not ready', () => {
    const verdict = decide(evidence(items({ pass: 120, surface: 5, behavioral: 75 }), { data: notReady }));
    expect(verdict.decision).toBe('FIX_DATA');
    expect(verdict.confidence).toBe('high');
    expect(verdict.actions.at(-1)!.kind).toBe('fix_data');
  });

  it('FIX_DATA (medium confidence) when there is no training set to fine-tune on', () => {
    const verdict = decide(evidence(items({ pass: 120, surface: 5, behavioral: 75 })));
    expect(verdict.decision).toBe('FIX_DATA');
    expect(verdict.confidence).toBe('medium');
  });

  it('NOT_WORTH_IT when fine-tuning does not pay back', () => {
    const verdict = decide(
      evidence(items({ pass: 120, surface: 5, behavioral: 75 }), { data: ready, cost: doesNotPayBack }),
    );
    expect(verdict.decision).toBe('NOT_WORTH_IT');
  });

  it('NOT_WORTH_IT when the whole gap is below min_lift', () => {
    const verdict = decide(evidence(items({ pass: 990, behavioral: 10 })));
    expect(verdict.decision).toBe('NOT_WORTH_IT');
    expect(verdict.reasons[0]).toMatch(/thresholds\.min_lift/);
  });

  it('a foundation estimate Q4 could not decide does not move the verdict (the bar is not assessed)', () => {
    // 37 content failures, all without their gold passage; Q4 inconclusive (e.g. gold ids that do not match).
    const list = items({ pass: 63, behavioral: 37 }, 37);
    const inconclusive = { ...foundationGap(list), status: 'inconclusive' as const };
    const result = evidence(list, { foundation: inconclusive });
    expect(result.headroom.find((entry) => entry.step === 'foundation')!.kind).toBe('not_assessed');
    const verdict = decide(result);
    expect(verdict.decision).toBe('FIX_DATA');
    expect(verdict.actions.map((action) => action.kind)).not.toContain('stop');
  });

  it('NOT_WORTH_IT on a small behavioral remainder: the headline states the figure the rule compared', () => {
    // Q4 decided; every failure lacks its gold passage and hits are always right: the remainder is 0.
    const list = items({ pass: 63, behavioral: 37 }, 37);
    const decided = { ...foundationGap(list), status: 'no_foundation_gap' as const };
    const result = evidence(list, { foundation: decided });
    const verdict = decide(result);
    expect(verdict.decision).toBe('NOT_WORTH_IT');
    const remainder = result.headroom.find((entry) => entry.step === 'behavioral')!;
    if (remainder.kind === 'not_assessed') throw new Error('the remainder always has a figure');
    const figure = `${(remainder.value * 100).toFixed(1)} pts (95% CI ${(remainder.low * 100).toFixed(1)} pts–${(remainder.high * 100).toFixed(1)} pts)`;
    expect(verdict.headline).toContain(`is ${figure}, below the 3.0 pts worth acting on`);
    expect(verdict.reasons.at(-1)).toContain(`behavioral remainder ${figure} < thresholds.min_lift 3.0 pts`);
    // Its interval reaches min_lift: the verdict says it is not sure.
    expect(remainder.high).toBeGreaterThan(thresholds.min_lift);
    expect(verdict.confidence).toBe('low');
  });

  it('FINE_TUNE when the gap is behavioral, the data ready and it pays back', () => {
    const verdict = decide(
      evidence(items({ pass: 120, surface: 5, behavioral: 75 }), { data: ready, cost: paysBack }),
    );
    expect(verdict.decision).toBe('FINE_TUNE');
    const fineTune = verdict.actions.find((action) => action.kind === 'fine_tune')!;
    expect(fineTune.cost).toEqual({ usd: 900, hours: 16, note: '3 runs' });
    expect(fineTune.expectedLift!.kind).toBe('bound');
  });

  it('FINE_TUNE with low confidence and an "assess cost" step when the cost is not assessed', () => {
    const verdict = decide(evidence(items({ pass: 120, surface: 5, behavioral: 75 }), { data: ready }));
    expect(verdict.decision).toBe('FINE_TUNE');
    expect(verdict.confidence).toBe('low');
    expect(verdict.actions.map((action) => action.kind)).toContain('assess');
  });

  it('INCONCLUSIVE with the number of items needed when there are too few items', () => {
    const verdict = decide(evidence(items({ pass: 10, surface: 5, behavioral: 5 })));
    expect(verdict.decision).toBe('INCONCLUSIVE');
    expect(verdict.itemsNeeded).toBe(50);
    expect(verdict.reasons[0]).toMatch(/detect lifts of about/);
  });

  it('INCONCLUSIVE when there are too few failures to tell surface from behavioral', () => {
    const verdict = decide(evidence(items({ pass: 91, surface: 3, behavioral: 6 })));
    expect(verdict.decision).toBe('INCONCLUSIVE');
    expect(verdict.itemsNeeded).toBe(112);
  });
});
