import { describe, expect, it } from 'vitest';
import type { Action } from '../core/report/verdict.js';
import { rankByLiftPerDollar } from './rank-actions.js';

function action(kind: Action['kind'], lift: number | null, usd: number | null): Action {
  return {
    kind,
    title: kind,
    why: '',
    expectedLift: lift === null ? null : { value: lift, low: lift, high: lift, kind: 'bound' },
    cost: usd === null ? null : { usd, hours: null, note: '' },
    confidence: 'medium',
  };
}

describe('rankByLiftPerDollar', () => {
  it('puts the most points per dollar first: 5 pts/$4,000 before 6 pts/$9,000', () => {
    const ranked = rankByLiftPerDollar([
      action('fine_tune', 0.06, 9000),
      action('fix_foundation', 0.05, 4000),
    ]);
    expect(ranked.map((entry) => entry.kind)).toEqual(['fix_foundation', 'fine_tune']);
  });
  it('keeps the pinned lead action first whatever its price', () => {
    const ranked = rankByLiftPerDollar(
      [action('fix_foundation', 0.05, 4000), action('fix_prompt', 0.1, 800)],
      'fix_foundation',
    );
    expect(ranked.map((entry) => entry.kind)).toEqual(['fix_foundation', 'fix_prompt']);
  });
  it('leaves unpriced and non-fix steps where they are', () => {
    const ranked = rankByLiftPerDollar([
      action('fix_foundation', 0.06, 9000),
      action('stop', null, null),
      action('fix_prompt', 0.2, 800),
    ]);
    expect(ranked.map((entry) => entry.kind)).toEqual(['fix_prompt', 'stop', 'fix_foundation']);
  });
  it('never moves a fine-tune ahead of "price it first" or "clean the data"', () => {
    const ranked = rankByLiftPerDollar([
      action('fix_prompt', 0.01, 8000),
      action('assess', null, null),
      action('fine_tune', 0.2, 800),
    ]);
    expect(ranked.map((entry) => entry.kind)).toEqual(['fix_prompt', 'assess', 'fine_tune']);
  });
  it('ranks an action that pays for itself (cost ≤ 0) first', () => {
    const ranked = rankByLiftPerDollar([action('fix_prompt', 0.2, 800), action('fine_tune', 0.01, -500)]);
    expect(ranked[0]!.kind).toBe('fine_tune');
  });
  it('changes nothing without costs (Q3 not assessed)', () => {
    const actions = [action('fine_tune', 0.06, null), action('fix_prompt', 0.2, null)];
    expect(rankByLiftPerDollar(actions)).toEqual(actions);
  });
});
