import type { Comparison, LiveEvidence } from '../core/report/live-evidence.js';

const rate = (k: number, n: number) => {
  const value = k / n;
  const spread = 1.96 * Math.sqrt((value * (1 - value)) / n);
  return {
    value,
    low: Math.max(0, value - spread),
    high: Math.min(1, value + spread),
    method: 'wilson',
    k,
    n,
  };
};

function comparison(
  id: string,
  experiment: Comparison['experiment'],
  label: string,
  candidate: number,
  stop: Comparison['stop'],
): Comparison {
  const baseline = rate(112, 200);
  const candidateRate = rate(candidate, 200);
  const lift = candidateRate.value - baseline.value;
  return {
    id,
    experiment,
    label,
    description: `${label} against the project's prompt`,
    items: 200,
    itemsAvailable: 200,
    table: {
      bothRight: 100,
      onlyBaseline: 12,
      onlyCandidate: candidate - 100,
      bothWrong: 200 - candidate - 12,
    },
    baselineAccuracy: baseline,
    candidateAccuracy: candidateRate,
    lift: { value: lift, low: lift - 0.06, high: lift + 0.06, method: 'newcombe' },
    mcnemarMidP: stop === 'lift' ? 0.0004 : 0.41,
    anytime: { low: lift - 0.09, high: lift + 0.09, pValue: stop === 'lift' ? 0.003 : 0.6, alpha: 0.025 },
    stop,
    reason:
      stop === 'lift' ? 'the anytime interval stays above 0' : 'items ran out before the interval decided',
    calls: 200,
    cachedCalls: 0,
  };
}

/**
 * Live evidence for synthetic reports: a prompt repair that lifts, an oracle-context run that did
 * not happen, and a k-shot ladder (4 and 16 examples, random and nearest), in the shape of
 * report.live (src/core/report/live-evidence.ts). Figures are made up for rendering tests only.
 */
export const syntheticLive: LiveEvidence = {
  model: 'openai:gpt-4o-mini',
  endpoint: 'http://127.0.0.1:8080/v1',
  baselineItems: 200,
  seed: 7,
  batchSize: 20,
  minLift: 0.03,
  alpha: 0.05,
  spend: {
    calls: 1412,
    cachedCalls: 200,
    retries: 3,
    inputTokens: 512_000,
    outputTokens: 88_000,
    costUsd: 0.13,
    capUsd: 5,
    priceSource: 'src/cost/prices.json',
  },
  stoppedByBudget: false,
  experiments: [
    {
      experiment: 'prompt_repair',
      outcome: 'strict_pass',
      status: 'measured',
      reason: '2 candidate prompt(s) against the baseline, α/2 each',
      comparisons: [
        comparison('repair-deterministic', 'prompt_repair', 'deterministic repairs', 158, 'lift'),
        comparison('repair-rewrite-1', 'prompt_repair', 'model-written rewrite', 121, 'inconclusive'),
      ],
      details: { repairs: ['strip code fences', 'answer JSON only'] },
    },
    {
      experiment: 'oracle_context',
      outcome: 'lenient_correct',
      status: 'not_run',
      reason: 'no retrieval data: the eval rows carry no contexts',
      comparisons: [],
      details: {},
    },
    {
      experiment: 'k_shot',
      outcome: 'lenient_correct',
      status: 'measured',
      reason: '4 rung(s) (k = 4, 16; random and nearest) against 0-shot, α/4 each',
      comparisons: [
        comparison('k-shot-4-random', 'k_shot', '4 random examples', 118, 'inconclusive'),
        comparison('k-shot-4-nearest', 'k_shot', '4 nearest examples', 124, 'inconclusive'),
        comparison('k-shot-16-random', 'k_shot', '16 random examples', 121, 'inconclusive'),
        comparison('k-shot-16-nearest', 'k_shot', '16 nearest examples', 130, 'lift'),
      ],
      details: {
        trainingExamples: 500,
        ks: [4, 16],
        interpretation: 'a gentle climb: the data teaches a little',
      },
    },
  ],
};
