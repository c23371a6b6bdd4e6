import { describe, expect, it } from 'vitest';
import { findLadder } from './find-ladder.js';

const rate = (value: number) => ({ value, low: value - 0.05, high: value + 0.05, method: 'wilson' });

describe('findLadder', () => {
  it('finds rungs with a numeric k and a rate, under any key', () => {
    const report = {
      experiments: {
        kShot: {
          rungs: [
            { k: 0, accuracy: rate(0.5) },
            { k: 4, accuracy: rate(0.6) },
          ],
        },
      },
    };
    const { method: _, ...zero } = rate(0.5);
    const { method: __, ...four } = rate(0.6);
    expect(findLadder(report)).toEqual([
      { k: 0, strategy: 'random', ...zero },
      { k: 4, strategy: 'random', ...four },
    ]);
  });

  it('reads paired comparisons named k-shot-<k>-<strategy>, with the baseline as k = 0', () => {
    const comparison = (id: string, candidate: number) => ({
      id,
      baselineAccuracy: rate(0.5),
      candidateAccuracy: rate(candidate),
    });
    const report = {
      live: {
        experiments: [
          {
            experiment: 'prompt_repair',
            comparisons: [{ id: 'repair-deterministic', candidateAccuracy: rate(0.7) }],
          },
          {
            experiment: 'k_shot',
            comparisons: [comparison('k-shot-4-random', 0.55), comparison('k-shot-4-nearest', 0.6)],
          },
        ],
      },
    };
    expect(findLadder(report)?.map((rung) => `${rung.strategy}@${rung.k}=${rung.value}`)).toEqual([
      'nearest@0=0.5',
      'nearest@4=0.6',
      'random@0=0.5',
      'random@4=0.55',
    ]);
  });

  it('finds nothing in a report without one, and never looks into the items', () => {
    expect(findLadder({ questions: { surface: { status: 'surface' } } })).toBeNull();
    expect(
      findLadder({
        items: [
          { k: 1, value: 0.5, low: 0.4, high: 0.6 },
          { k: 2, value: 0.5, low: 0.4, high: 0.6 },
        ],
      }),
    ).toBeNull();
  });
});
