import { describe, expect, it } from 'vitest';
import { rejection, scoreBoth, scorerFor, verdicts } from '../../testing/scorer-harness.js';

describe('contains scorer', async () => {
  const scorer = await scorerFor({ type: 'contains' });
  const any = await scorerFor({ type: 'contains', all: false });

  it('strict: a case-sensitive substring of the raw output', async () => {
    expect(await verdicts(scorer, 'Your refund of $20 is on its way.', 'refund of $20')).toEqual([
      true,
      true,
    ]);
    expect(await verdicts(scorer, 'Your Refund Of $20.', 'refund of $20')).toEqual([false, true]);
  });

  it('lenient folds emphasis, punctuation, whitespace and Unicode', async () => {
    expect(await verdicts(scorer, 'Order **#1234** ships   tomorrow', 'order 1234 ships tomorrow')).toEqual([
      false,
      true,
    ]);
    expect(await verdicts(scorer, 'It’s ready', "it's ready")).toEqual([false, true]);
  });

  it('all texts of an array must appear by default; any one with all: false', async () => {
    expect(await verdicts(scorer, 'refund within 30 days', ['refund', '30 days'])).toEqual([true, true]);
    const missing = await scoreBoth(scorer, 'refund soon', ['refund', '30 days']);
    expect(missing.lenient.correct).toBe(false);
    expect(missing.lenient.detail).toBe('missing "30 days"');
    expect(await verdicts(any, 'refund soon', ['refund', '30 days'])).toEqual([true, true]);
    expect((await scoreBoth(any, 'nothing', ['refund', '30 days'])).lenient.detail).toBe(
      'none of "refund", "30 days" found',
    );
  });

  it('absent text stays absent in lenient mode', async () => {
    expect(await verdicts(scorer, 'We will look into it.', 'refund')).toEqual([false, false]);
  });

  it('rejects references it cannot use', () => {
    expect(scorer.checkReference(42)?.problem).toBe(
      'the reference must be a text or a non-empty array of texts',
    );
    expect(scorer.checkReference([])?.problem).toBe(
      'the reference must be a text or a non-empty array of texts',
    );
    expect(scorer.checkReference(['ok', ' . '])?.problem).toContain('empty text');
  });

  it('rejects a wrong parameter type', async () => {
    const error = await rejection(scorerFor({ type: 'contains', all: 'yes' }));
    expect(error.location.field).toBe('score.all');
    expect(error.message).toBe('expected true or false, got the text "yes"');
    expect(error.hint).toContain('e.g. `all: true`');
  });
});
