import { describe, expect, it } from 'vitest';
import { pricedCostQuestion } from '../testing/priced-cost-question.js';
import { breakEvenText, costLines } from './cost-lines.js';

const report = pricedCostQuestion();

describe('costLines (the Q3 block)', () => {
  const text = costLines(report, { formulas: false }).map((line) => line.text);
  it('gives the one-off cost with its parts, the per-request change and the running cost', () => {
    expect(text[0]).toBe(
      'fine-tune openai:gpt-4.1-mini (serving today: openai:gpt-4.1): one-off $4,032 = training $31.50 · engineering $4,000',
    );
    expect(text).toContain(
      'per request: today $0.0036 → fine-tuned $0.00104 (−$0.00256) · running −$768/month (inference change -$768)',
    );
  });
  it('labels a bound as at most, with the payback across the lift interval', () => {
    expect(text).toContain(
      'value: at most 4.0 pts (bound: the behavioral remainder) = $3,200/month · payback 1.0 months (3 weeks at 6.0 pts, 1.7 months at 2.0 pts) · needs at least 0.0 pts to pay back',
    );
  });
  it('states break-even traffic both ways', () => {
    expect(text).toContain(
      'break-even traffic: pays back at any traffic; per-request savings alone repay it from 131,261 requests/month',
    );
  });
  it('warns about the platform, prices each action and lists only the defaults in the summary', () => {
    const lines = costLines(report, { formulas: false });
    expect(lines.find((line) => line.tone === 'warning')?.text).toBe(
      '⚠ platform: openai:gpt-4.1-mini fine-tunes stop serving on 2027-01-14',
    );
    expect(text).toContain(
      'cost per action over 12 months (one-off + running change): fix_prompt $800 (8 h, 25 pts per $1k)',
    );
    expect(text).toContain('assumptions (defaults; set them under economics:): labour.hourly_rate 100');
    expect(text.at(-1)).toBe('prices: src/cost/prices.json (2026-11-30); openai-pricing 2025-07');
  });
  it('says what period each action cost covers, even when Q3 is not assessed, and writes rates plainly', () => {
    if (report.status === 'not_assessed') throw new Error('a priced question');
    const fineTune = {
      ...report.actions[0]!,
      kind: 'fine_tune' as const,
      oneOffUsd: 4003,
      monthlyUsd: -72,
      horizonUsd: 3139,
      hours: 40,
      liftPointsPerThousandUsd: 112.4,
    };
    const partial = {
      status: 'not_assessed' as const,
      reason: 'a payback needs --value-per-point',
      actions: [fineTune],
      horizonMonths: 12,
    };
    expect(costLines(partial, { formulas: false }).map((line) => line.text)).toEqual([
      'cost per action over 12 months (one-off + running change): fine_tune $3,139 = $4,003 one-off − $72.00/month (40 h, 110 pts per $1k)',
    ]);
  });
  it('adds the formulas when asked', () => {
    const full = costLines(report, { formulas: true }).map((line) => line.text);
    expect(full).toContain('  training: 3 × $10.50');
    expect(full).toContain('  fix_prompt engineering: 8 h × $100/h');
  });
  it('is empty when Q3 has nothing to show', () => {
    expect(costLines({ status: 'not_assessed', reason: 'no economics' }, { formulas: true })).toEqual([]);
  });
});

describe('breakEvenText', () => {
  it('says which way traffic works', () => {
    expect(breakEvenText({ requestsPerMonth: 37_500, direction: 'at_least' })).toBe(
      'pays back from 37,500 requests/month (fine-tuned requests are cheaper)',
    );
    expect(breakEvenText({ requestsPerMonth: 12_899_773, direction: 'at_most' })).toBe(
      'pays back only up to 12.9M requests/month (fine-tuned requests cost more)',
    );
    expect(breakEvenText({ requestsPerMonth: null, direction: 'never' })).toBe(
      'no traffic makes it pay back within the horizon',
    );
  });
});
