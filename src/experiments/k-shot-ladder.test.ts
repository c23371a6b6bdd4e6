import { describe, expect, it } from 'vitest';
import type { Comparison } from '../core/report/live-evidence.js';
import { interpretLadder } from './k-shot-ladder.js';
import { NearestExamples } from './nearest-examples.js';
import { trainingExampleOf } from './training-examples.js';

describe('NearestExamples', () => {
  const examples = [
    { input: 'refund for a broken blender', output: 'billing' },
    { input: 'where is my parcel', output: 'shipping' },
    { input: 'parcel arrived damaged, refund please', output: 'billing' },
    { input: 'change my password', output: 'account' },
  ];
  it('ranks by TF-IDF similarity, closest last, and never shows an excluded example', () => {
    const nearest = new NearestExamples(examples);
    const chosen = nearest.nearest('damaged parcel refund', 2);
    expect(chosen).toHaveLength(2);
    expect(chosen.at(-1)!.input).toBe('parcel arrived damaged, refund please');
    const excluded = nearest.nearest(
      'where is my parcel',
      2,
      (example) => example.input === 'where is my parcel',
    );
    expect(excluded.some((example) => example.input === 'where is my parcel')).toBe(false);
  });
  it('fills up with other examples when few overlap', () => {
    expect(new NearestExamples(examples).nearest('zzz', 3)).toHaveLength(3);
  });
});

describe('training examples', () => {
  it('reads chat, ShareGPT, prompt/completion, Alpaca and input/output rows', () => {
    expect(
      trainingExampleOf({
        messages: [
          { role: 'system', content: 's' },
          { role: 'user', content: 'q' },
          { role: 'assistant', content: 'a' },
        ],
      }),
    ).toEqual({ input: 'q', output: 'a' });
    expect(
      trainingExampleOf({
        conversations: [
          { from: 'human', value: 'q' },
          { from: 'gpt', value: 'a' },
        ],
      }),
    ).toEqual({
      input: 'q',
      output: 'a',
    });
    expect(trainingExampleOf({ prompt: 'q', completion: 'a' })).toEqual({ input: 'q', output: 'a' });
    expect(trainingExampleOf({ instruction: 'do', input: 'this', output: 'done' })).toEqual({
      input: 'do\n\nthis',
      output: 'done',
    });
    expect(trainingExampleOf({ text: 'no shape' })).toBeUndefined();
  });
});

describe('interpretLadder', () => {
  const rung = (id: string, stop: Comparison['stop'], lift: number) =>
    ({
      id,
      label: id,
      stop,
      lift: { value: lift, low: 0, high: 0, method: 'newcombe-paired' },
    }) as Comparison;
  it('reads nearest-only gains as similar-example lookup', () => {
    expect(
      interpretLadder([rung('k-shot-4-random', 'inconclusive', 0.02), rung('k-shot-4-nearest', 'lift', 0.2)]),
    ).toMatch(/similar-example lookup/);
  });
  it('reads a flat ladder as "not about examples"', () => {
    expect(
      interpretLadder([rung('k-shot-4-random', 'no_lift', 0), rung('k-shot-4-nearest', 'worse', -0.1)]),
    ).toMatch(/^flat/);
  });
  it('reads gains from random examples as "examples teach something"', () => {
    expect(interpretLadder([rung('k-shot-16-random', 'lift', 0.1)])).toMatch(/examples teach something/);
  });
});
