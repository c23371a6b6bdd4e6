import { describe, expect, it } from 'vitest';
import { thresholdsSchema } from '../core/config.js';
import type {
  CostQuestion,
  DataQuestion,
  HeadroomStep,
  Report,
  SurfaceQuestion,
} from '../core/report/report.js';
import { pricedCostQuestion } from '../testing/priced-cost-question.js';
import { decide, type Evidence } from './decide.js';

const estimate = (value: number) => ({ value, low: value, high: value, method: 'test' });
const step = (
  name: HeadroomStep['step'],
  value: number,
  kind: Exclude<HeadroomStep['kind'], 'not_assessed'>,
): HeadroomStep => ({
  step: name,
  label: name,
  start: 0,
  value,
  low: value * 0.7,
  high: value * 1.3,
  kind,
  note: '',
});

/** 100 items, 70 pass, 10 surface, 20 behavioral; audited, ready training data. */
function evidence(cost: CostQuestion): Evidence {
  const summary: Report['summary'] = {
    items: 100,
    classes: { pass: 70, surface: 10, behavioral: 20, mixed: 0 },
    foundationItems: 0,
    accuracyStrict: estimate(0.7),
    accuracyLenient: estimate(0.8),
    contractMet: estimate(0.9),
    contractMetLoose: estimate(0.9),
    checksPassed: estimate(0.95),
    checksPassedLoose: estimate(0.95),
  };
  const surface: SurfaceQuestion = {
    status: 'behavioral',
    reason: '10 of 30 failures are surface-level',
    failures: 30,
    surfaceShare: estimate(1 / 3),
    threshold: 0.5,
    byCategory: [],
  };
  const data: DataQuestion = {
    status: 'ready',
    reason: 'clean',
    reasons: [],
    file: 'train.jsonl',
    format: 'openai-chat',
    rows: 500,
    summary: {},
    findings: [],
  };
  return {
    summary,
    headroom: [
      step('current', 0.7, 'measured'),
      step('surface', 0.1, 'measured'),
      step('foundation', 0, 'estimate'),
      step('behavioral', 0.2, 'bound'),
    ],
    surface,
    data,
    cost,
    foundation: { status: 'not_assessed', reason: 'no retrieval data' },
    thresholds: thresholdsSchema.parse({}),
  };
}

const actionCosts = {
  fix_prompt: { usd: 50_000, hours: 8, note: 'dear prompt work' },
  fine_tune: { usd: 10_000, hours: 40, note: 'cheap fine-tune' },
};

function priced(status: 'pays_back' | 'does_not_pay_back'): CostQuestion {
  return pricedCostQuestion({
    status,
    reason: status === 'pays_back' ? 'pays back in 2.0 months' : 'does not pay back within 12 months',
    paybackMonths: status === 'pays_back' ? 2 : null,
    actionCosts,
  });
}

describe('decide with Q3', () => {
  it('FINE_TUNE when it pays back, with costs attached and the plan ranked by lift per dollar', () => {
    const verdict = decide(evidence(priced('pays_back')));
    expect(verdict.decision).toBe('FINE_TUNE');
    expect(verdict.headline).toContain('pays back in 2.0 months');
    // fine_tune: 20 pts / $10,000 beats fix_prompt: 10 pts / $50,000, so it moves first.
    expect(verdict.actions.map((action) => action.kind)).toEqual(['fine_tune', 'fix_prompt']);
    expect(verdict.actions[0]!.cost).toEqual(actionCosts.fine_tune);
  });
  it('NOT_WORTH_IT when it does not pay back', () => {
    const verdict = decide(evidence(priced('does_not_pay_back')));
    expect(verdict.decision).toBe('NOT_WORTH_IT');
    expect(verdict.reasons).toContain('does not pay back within 12 months');
  });
  it('attaches the costs Q3 has even when it could not give a payback', () => {
    const verdict = decide(
      evidence({ status: 'not_assessed', reason: 'set economics.value_per_point_per_month', actionCosts }),
    );
    expect(verdict.decision).toBe('FINE_TUNE');
    expect(verdict.confidence).toBe('low');
    expect(verdict.actions.find((action) => action.kind === 'fix_prompt')?.cost).toEqual(
      actionCosts.fix_prompt,
    );
    // The "price it first" step keeps its place ahead of the fine-tune.
    expect(verdict.actions.map((action) => action.kind)).toEqual(['fix_prompt', 'assess', 'fine_tune']);
  });
});
