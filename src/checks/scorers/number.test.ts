import { describe, expect, it } from 'vitest';
import { rejection, scoreBoth, scorerFor, verdicts } from '../../testing/scorer-harness.js';

describe('number scorer', async () => {
  const scorer = await scorerFor({ type: 'number' });

  it('strict: the whole output is a JSON number equal to the reference', async () => {
    expect(await verdicts(scorer, '42', 42)).toEqual([true, true]);
    expect(await verdicts(scorer, '42.0\n', 42)).toEqual([true, true]);
    expect(await verdicts(scorer, '4.2e1', '42')).toEqual([true, true]);
  });

  it.each([
    ['an answer prefix', 'Answer: 42'],
    ['thousands separators', '42'],
    ['prose with the result last', 'We have 6 boxes of 7, so 6 * 7 = 42.'],
    ['a stated answer before a sign-off', 'The answer is 42. I used 2 steps.'],
    ['emphasis', 'The total is **42**.'],
    ['fences', '```\n42\n```'],
  ])('lenient reads the number from %s', async (_name, output) => {
    expect((await verdicts(scorer, output, 42))[1]).toBe(true);
  });

  it('lenient ignores currency, separators and percent signs', async () => {
    expect(await verdicts(scorer, 'The total is $1,234.50.', 1234.5)).toEqual([false, true]);
    expect(await verdicts(scorer, '1,234', '1,234')).toEqual([false, true]);
    expect(await verdicts(scorer, 'Growth was 12%', 12)).toEqual([false, true]);
  });

  it('wrong numbers stay wrong in lenient mode', async () => {
    expect(await verdicts(scorer, 'Answer: 41', 42)).toEqual([false, false]);
    expect(await verdicts(scorer, '6 * 7 = 43', 42)).toEqual([false, false]);
    expect(await verdicts(scorer, 'Answer: 41. (Not 42.)', 42)).toEqual([false, false]);
    expect(await verdicts(scorer, 'forty-two', 42)).toEqual([false, false]);
  });

  it('applies an absolute or relative tolerance', async () => {
    const absolute = await scorerFor({ type: 'number', tolerance: 0.01 });
    expect(await verdicts(absolute, '5.44', 5.4321)).toEqual([true, true]);
    expect(await verdicts(absolute, '5.42', 5.4321)).toEqual([false, false]);
    const relative = await scorerFor({ type: 'number', relative: 0.05 });
    expect(await verdicts(relative, '104', 100)).toEqual([true, true]);
    expect(await verdicts(relative, '106', 100)).toEqual([false, false]);
  });

  it('absorbs binary rounding only', async () => {
    expect(await verdicts(scorer, String(0.1 + 0.2), 0.3)).toEqual([true, true]);
    expect(await verdicts(scorer, '0.3000001', 0.3)).toEqual([false, false]);
  });

  it('explains failures', async () => {
    expect((await scoreBoth(scorer, '41', 42)).strict.detail).toBe('expected 42, got 41');
    expect((await scoreBoth(scorer, 'Answer: 42', 42)).strict.detail).toBe(
      'expected 42, the output is not a number: "Answer: 42"',
    );
    expect((await scoreBoth(scorer, 'no idea', 42)).lenient.detail).toBe(
      'expected 42, found no number in "no idea"',
    );
  });

  it('rejects references that are not numbers', () => {
    expect(scorer.checkReference('about five')?.problem).toBe('reference "about five" is not a number');
    expect(scorer.checkReference('1,250.5')).toBeUndefined();
  });

  it('rejects a negative tolerance', async () => {
    const error = await rejection(scorerFor({ type: 'number', tolerance: -1 }));
    expect(error.location.field).toBe('score.tolerance');
  });
});
