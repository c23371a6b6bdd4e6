import { describe, expect, it } from 'vitest';
import { rejection, scoreBoth, scorerFor, verdicts } from '../../testing/scorer-harness.js';
import { squadTokens, tokenF1 } from './token-f1.js';

describe('squadTokens', () => {
  it('lower-cases, drops punctuation and articles, splits on whitespace (SQuAD normalize_answer)', () => {
    expect(squadTokens('The Eiffel Tower, in Paris!')).toEqual(['eiffel', 'tower', 'in', 'paris']);
    expect(squadTokens('an apple a day')).toEqual(['apple', 'day']);
    expect(squadTokens('thé theory')).toEqual(['thé', 'theory']);
    expect(squadTokens('$3.50')).toEqual(['350']);
  });
});

describe('tokenF1', () => {
  it('is the harmonic mean of token precision and recall over token bags', () => {
    // 2 common tokens; precision 2/3, recall 2/4 → F1 = 2·(2/3)·(1/2)/(2/3 + 1/2) = 4/7.
    expect(tokenF1(['cat', 'sat', 'down'], ['cat', 'sat', 'on', 'mat'])).toBeCloseTo(4 / 7, 12);
    expect(tokenF1(['a', 'a', 'b'], ['a', 'b', 'b'])).toBeCloseTo(2 / 3, 12);
  });
  it('is 1 for two empty answers and 0 when only one is empty (SQuAD 2.0)', () => {
    expect(tokenF1([], [])).toBe(1);
    expect(tokenF1(['x'], [])).toBe(0);
  });
});

describe('token-f1 scorer', async () => {
  const scorer = await scorerFor({ type: 'token-f1' });

  it('strict: whitespace tokens of the raw text', async () => {
    const { strict, lenient } = await scoreBoth(scorer, 'The Eiffel Tower', 'the Eiffel Tower');
    expect(strict.score).toBeCloseTo(2 / 3, 12);
    expect(strict.correct).toBe(true);
    expect(lenient.score).toBe(1);
  });

  it('lenient: SQuAD normalisation after removing prefix and emphasis', async () => {
    const { strict, lenient } = await scoreBoth(scorer, '**Answer:** Paris.', 'paris');
    expect(strict.score).toBe(0);
    expect(lenient.score).toBe(1);
  });

  it('takes the best of several references', async () => {
    const { lenient } = await scoreBoth(scorer, 'Denver Broncos', ['Broncos', 'Denver Broncos', 'Carolina']);
    expect(lenient.score).toBe(1);
  });

  it('the threshold decides correct; the score is the F1', async () => {
    const strictOne = await scorerFor({ type: 'token-f1', threshold: 0.9 });
    const result = await scoreBoth(strictOne, 'the big red barn', 'big barn');
    // Strict: 2 of 4 raw tokens match both gold tokens → 2/3. Lenient drops "the": 2 of 3 → 0.8.
    expect(result.strict.score).toBeCloseTo(2 / 3, 12);
    expect(result.lenient.correct).toBe(false);
    expect(result.lenient.score).toBeCloseTo(0.8, 12);
    expect(result.lenient.detail).toBe('F1 0.80 below the threshold 0.9');
  });

  it('wrong answers stay wrong in lenient mode', async () => {
    expect(await verdicts(scorer, 'London', 'Paris')).toEqual([false, false]);
  });

  it('rejects a threshold outside [0, 1] and unusable references', async () => {
    const error = await rejection(scorerFor({ type: 'token-f1', threshold: 2 }));
    expect(error.location.field).toBe('score.threshold');
    expect(scorer.checkReference({ a: 1 })?.problem).toContain('must be a text');
  });
});
