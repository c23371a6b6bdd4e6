import { describe, expect, it } from 'vitest';
import type { Comparison } from '../core/report/live-evidence.js';
import { syntheticLive } from '../testing/synthetic-live.js';
import { comparisonLine, outcomeText } from './live-section.js';

const measured = syntheticLive.experiments[0]!.comparisons[0]!;

describe('live section lines', () => {
  it('says a comparison the cap stopped before its first item was not run, with no made-up figures', () => {
    const empty: Comparison = {
      ...measured,
      items: 0,
      table: { bothRight: 0, onlyBaseline: 0, onlyCandidate: 0, bothWrong: 0 },
      stop: 'budget',
      anytime: { low: -1, high: 1, pValue: 1, alpha: 0.025 },
      calls: 0,
    };
    const line = comparisonLine(empty);
    expect(line).toContain('not run: budget reached before the first item');
    expect(line).toContain('n=0/200');
    expect(line).not.toMatch(/%|pts/);
  });
  it('shows a measured comparison with both accuracies and the anytime interval', () => {
    expect(comparisonLine(measured)).toMatch(/56\.0% → \d+\.\d% +\+\d+\.\d pts \[/);
  });
  it('names the outcome measure each experiment is judged on', () => {
    expect(outcomeText(syntheticLive.experiments[2]!)).toBe(
      'judged on lenient correctness (right in content; form ignored)',
    );
    expect(outcomeText(syntheticLive.experiments[0]!)).toBe(
      'judged on strict pass (correct and contract met)',
    );
  });
});
