import { describe, expect, it } from 'vitest';
import type { JsonValue } from '../../core/json.js';
import { scoreBoth, scorerFor, verdicts } from '../../testing/scorer-harness.js';

describe('assertions scorer', async () => {
  const scorer = await scorerFor({ type: 'assertions' });
  const one = (type: string, value: JsonValue): JsonValue => [{ type, value }];

  it('strict: each kind as promptfoo runs it on the raw output', async () => {
    expect(await verdicts(scorer, 'billing', one('equals', 'billing'))).toEqual([true, true]);
    expect(await verdicts(scorer, '42', one('equals', 42))).toEqual([true, true]);
    expect(await verdicts(scorer, 'true', one('equals', true))).toEqual([true, true]);
    expect(await verdicts(scorer, 'Paris, France', one('contains', 'Paris'))).toEqual([true, true]);
    expect(await verdicts(scorer, 'PARIS', one('icontains', 'paris'))).toEqual([true, true]);
    expect(await verdicts(scorer, 'a refund', one('contains-any', ['refund', 'credit']))).toEqual([
      true,
      true,
    ]);
    expect(await verdicts(scorer, 'a refund', one('contains-all', ['refund', 'credit']))).toEqual([
      false,
      false,
    ]);
    expect(await verdicts(scorer, 'A REFUND AND CREDIT', one('icontains-all', ['refund', 'credit']))).toEqual(
      [true, true],
    );
    expect(await verdicts(scorer, 'Refund', one('icontains-any', ['refund', 'credit']))).toEqual([
      true,
      true,
    ]);
    expect(await verdicts(scorer, 'billing: yes', one('starts-with', 'billing'))).toEqual([true, true]);
    expect(await verdicts(scorer, 'ORD-12', one('regex', '^ORD-\\d+$'))).toEqual([true, true]);
  });

  it('equals with a JSON value compares parsed JSON, in any key order and spacing', async () => {
    const reference = one('equals', { id: 'ORD-1', n: 2 });
    expect(await verdicts(scorer, '{ "n": 2, "id": "ORD-1" }', reference)).toEqual([true, true]);
    expect(await verdicts(scorer, '```json\n{"n": 2, "id": "ORD-1"}\n```', reference)).toEqual([false, true]);
    expect(await verdicts(scorer, '{"n": 3, "id": "ORD-1"}', reference)).toEqual([false, false]);
  });

  it('lenient forgives surface noise on positive assertions', async () => {
    expect(await verdicts(scorer, '**Billing**', one('equals', 'billing'))).toEqual([false, true]);
    expect(await verdicts(scorer, 'Category: billing', one('equals', 'billing'))).toEqual([false, true]);
    expect(await verdicts(scorer, 'It’s **Paris**', one('contains', "It's Paris"))).toEqual([false, true]);
    expect(await verdicts(scorer, '**shipping**', one('regex', '^shipping\\b'))).toEqual([false, true]);
    expect(await verdicts(scorer, 'Answer: **Billing**, clearly', one('starts-with', 'billing'))).toEqual([
      false,
      true,
    ]);
  });

  it('lenient never makes a wrong answer right', async () => {
    expect(await verdicts(scorer, 'shipping', one('equals', 'billing'))).toEqual([false, false]);
    expect(await verdicts(scorer, 'we will look into it', one('contains-any', ['refund', 'credit']))).toEqual(
      [false, false],
    );
    expect(await verdicts(scorer, 'yes', one('contains', '?'))).toEqual([false, false]);
  });

  it('negations stay strict in both modes', async () => {
    expect(await verdicts(scorer, 'We ship to London', one('not-contains', 'London'))).toEqual([
      false,
      false,
    ]);
    // Folding would hide the match; a forbidden answer stays forbidden however it is dressed.
    expect(await verdicts(scorer, '**LONDON**', one('not-icontains', 'london'))).toEqual([false, false]);
    expect(await verdicts(scorer, 'Paris', one('not-contains', 'London'))).toEqual([true, true]);
    expect(await verdicts(scorer, 'abc', one('not-regex', '^\\d'))).toEqual([true, true]);
    expect(await verdicts(scorer, 'billing', one('not-equals', 'billing'))).toEqual([false, false]);
  });

  it('every assertion must hold; the first failure is named; an empty list accepts anything', async () => {
    const reference = [
      { type: 'icontains', value: 'refund' },
      { type: 'not-contains', value: 'sorry' },
    ];
    expect(await verdicts(scorer, 'Refund sent', reference)).toEqual([true, true]);
    const failing = await scoreBoth(scorer, 'sorry, refund sent', reference);
    expect(failing.strict.detail).toBe('not-contains "sorry" fails on "sorry, refund sent"');
    expect(await verdicts(scorer, 'anything', [])).toEqual([true, true]);
  });

  it('rejects references it cannot use, naming the entry', () => {
    expect(scorer.checkReference('billing')?.problem).toBe('the reference must be a list of assertions');
    expect(scorer.checkReference([{ type: 'similar', value: 'x' }])?.problem).toBe(
      'reference[0]: unknown assertion type "similar"',
    );
    expect(scorer.checkReference([{ type: 'contains' }])?.problem).toContain('reference[0] must be');
    expect(scorer.checkReference([{ type: 'contains', value: '' }])?.problem).toBe(
      'reference[0]: contains needs a non-empty text',
    );
    expect(scorer.checkReference([{ type: 'contains-any', value: [] }])?.problem).toContain(
      'a non-empty list of non-empty texts',
    );
    expect(scorer.checkReference([{ type: 'regex', value: '(' }])?.problem).toContain(
      'invalid regular expression',
    );
  });
});
