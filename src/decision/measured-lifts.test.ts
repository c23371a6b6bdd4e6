import { describe, expect, it } from 'vitest';
import { thresholdsSchema } from '../core/config.js';
import type { Comparison, LiveEvidence } from '../core/report/live-evidence.js';
import type { HeadroomStep, Report } from '../core/report/report.js';
import { wilson } from '../stats/wilson.js';
import { decide } from './decide.js';
import {
  isSignificant,
  measuredKShotLift,
  measuredOracleLift,
  measuredRepairLift,
} from './measured-lifts.js';

function comparison(
  id: string,
  experiment: Comparison['experiment'],
  lift: number,
  low: number,
  high: number,
  alpha: number,
): Comparison {
  return {
    id,
    experiment,
    label: id,
    description: id,
    items: 100,
    itemsAvailable: 100,
    table: { bothRight: 40, onlyBaseline: 5, onlyCandidate: 5 + Math.round(lift * 100), bothWrong: 50 },
    baselineAccuracy: wilson(45, 100),
    candidateAccuracy: wilson(45 + Math.round(lift * 100), 100),
    lift: { value: lift, low: low + 0.02, high: high - 0.02, method: 'newcombe-paired' },
    mcnemarMidP: 0.01,
    anytime: { low, high, pValue: low > 0 ? 0.004 : 0.6, alpha },
    stop: low > 0 ? 'lift' : 'inconclusive',
    reason: '',
    calls: 100,
    cachedCalls: 0,
  };
}

function live(experiments: LiveEvidence['experiments']): LiveEvidence {
  return {
    model: 'openai:m',
    endpoint: 'http://127.0.0.1:1/v1',
    baselineItems: 100,
    seed: 1,
    batchSize: 10,
    minLift: 0.03,
    alpha: 0.05,
    spend: {
      calls: 0,
      cachedCalls: 0,
      retries: 0,
      inputTokens: 0,
      outputTokens: 0,
      costUsd: null,
      capUsd: null,
      priceSource: null,
    },
    stoppedByBudget: false,
    experiments,
  };
}

const evidence = live([
  {
    experiment: 'prompt_repair',
    outcome: 'strict_pass',
    status: 'measured',
    reason: '',
    details: {},
    comparisons: [
      comparison('repair-deterministic', 'prompt_repair', 0.1, 0.02, 0.2, 0.025),
      comparison('repair-rewrite', 'prompt_repair', 0.15, 0.05, 0.25, 0.025),
    ],
  },
  {
    experiment: 'oracle_context',
    outcome: 'lenient_correct',
    status: 'measured',
    reason: '',
    details: {},
    comparisons: [
      comparison('oracle-gold-only', 'oracle_context', 0.3, 0.15, 0.45, 0.025),
      comparison('oracle-gold-plus-retrieved', 'oracle_context', 0.35, 0.2, 0.5, 0.025),
    ],
  },
  {
    experiment: 'k_shot',
    outcome: 'lenient_correct',
    status: 'measured',
    reason: '',
    details: {},
    comparisons: [comparison('k-shot-4-random', 'k_shot', 0.05, -0.05, 0.15, 0.025)],
  },
]);

describe('measured lifts', () => {
  it('takes the repair with the highest anytime lower bound and adjusts its p-value for the family', () => {
    const repair = measuredRepairLift(evidence)!;
    expect(repair).toMatchObject({ comparison: 'repair-rewrite', value: 0.15, low: 0.05, high: 0.25 });
    expect(repair.pValue).toBeCloseTo(0.008, 10);
    expect(isSignificant(repair, 0.05)).toBe(true);
  });
  it('reads Q4 from the gold-only comparison and Q3 from the best rung', () => {
    expect(measuredOracleLift(evidence)!.comparison).toBe('oracle-gold-only');
    expect(isSignificant(measuredKShotLift(evidence), 0.05)).toBe(false);
    expect(measuredRepairLift(undefined)).toBeUndefined();
  });
});

describe('decide with live evidence', () => {
  const thresholds = thresholdsSchema.parse({});
  const headroom: HeadroomStep[] = [
    {
      step: 'current',
      label: 'Today',
      start: 0,
      value: 0.45,
      low: 0.35,
      high: 0.55,
      kind: 'measured',
      note: '',
    },
    {
      step: 'surface',
      label: 'surface',
      start: 0.45,
      value: 0.02,
      low: 0,
      high: 0.05,
      kind: 'measured',
      note: '',
    },
    {
      step: 'foundation',
      label: 'foundation',
      start: 0.47,
      value: 0.05,
      low: 0,
      high: 0.1,
      kind: 'estimate',
      note: 'est',
    },
    {
      step: 'behavioral',
      label: 'behavioral',
      start: 0.52,
      value: 0.48,
      low: 0.4,
      high: 0.6,
      kind: 'bound',
      note: '',
    },
  ];
  const base = {
    summary: {
      items: 100,
      classes: { pass: 45, surface: 2, behavioral: 50, mixed: 3 },
      foundationItems: 20,
      accuracyStrict: wilson(45, 100),
      accuracyLenient: wilson(47, 100),
      contractMet: wilson(97, 100),
    } as Report['summary'],
    headroom,
    surface: {
      status: 'behavioral' as const,
      reason: 'mostly behavioral',
      failures: 55,
      surfaceShare: wilson(2, 55),
      threshold: 0.5,
      byCategory: [],
    },
    data: { status: 'not_assessed' as const, reason: 'no audit' },
    cost: { status: 'not_assessed' as const, reason: 'no economics' },
    foundation: { status: 'not_assessed' as const, reason: 'no retrieval audit' },
    thresholds,
  };
  it('calls a measured oracle lift a foundation gap and labels the lift measured', () => {
    const oracleOnly = live(evidence.experiments.filter((entry) => entry.experiment === 'oracle_context'));
    const verdict = decide({ ...base, live: oracleOnly });
    expect(verdict.decision).toBe('FIX_FOUNDATION');
    expect(verdict.headline).toContain('gold passages lifted accuracy by 30.0 pts (measured)');
    expect(verdict.actions[0]).toMatchObject({
      kind: 'fix_foundation',
      expectedLift: { value: 0.3, kind: 'measured' },
    });
  });
  it('without live evidence decides as before', () => {
    expect(decide(base).decision).toBe('FIX_DATA');
  });
  it('notes the k-shot indicator on the fine-tuning action', () => {
    const verdict = decide({
      ...base,
      data: {
        status: 'ready' as const,
        reason: 'clean',
        reasons: [],
        file: 'train.jsonl',
        format: 'chat',
        rows: 500,
        summary: {},
        findings: [],
      },
      live: live(evidence.experiments.filter((entry) => entry.experiment === 'k_shot')),
    });
    const fineTune = verdict.actions.find((action) => action.kind === 'fine_tune')!;
    expect(fineTune.why).toContain('an indicator of what the data teaches');
  });
});
