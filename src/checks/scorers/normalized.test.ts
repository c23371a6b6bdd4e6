import { describe, expect, it } from 'vitest';
import { scorerFor, verdicts } from '../../testing/scorer-harness.js';

describe('normalized scorer', async () => {
  const scorer = await scorerFor({ type: 'normalized' });

  it('strict: equal up to case and whitespace', async () => {
    expect(await verdicts(scorer, '  New   York\n', 'new york')).toEqual([true, true]);
    expect(await verdicts(scorer, 'NEW YORK', 'New York')).toEqual([true, true]);
  });

  it('strict: punctuation, fences and prefixes still count', async () => {
    expect(await verdicts(scorer, 'New York.', 'new york')).toEqual([false, true]);
    expect(await verdicts(scorer, '```\nNew York\n```', 'new york')).toEqual([false, true]);
    expect(await verdicts(scorer, 'Answer: **New York**', 'new york')).toEqual([false, true]);
    expect(await verdicts(scorer, 'Sure, the city is:\nNew York', 'new york')).toEqual([false, true]);
  });

  it('wrong answers stay wrong in lenient mode', async () => {
    expect(await verdicts(scorer, 'New Jersey', 'new york')).toEqual([false, false]);
    expect(await verdicts(scorer, 'Answer: York', 'new york')).toEqual([false, false]);
  });

  it('lenient compares JSON references as JSON', async () => {
    expect(await verdicts(scorer, 'Result: {"A": 1}', { a: 1 })).toEqual([false, true]);
    expect(await verdicts(scorer, 'Result: {"a": 2}', { a: 1 })).toEqual([false, false]);
  });
});
