import { describe, expect, it } from 'vitest';
import { rejection, scoreBoth, scorerFor, verdicts } from '../../testing/scorer-harness.js';

describe('exact scorer', async () => {
  const scorer = await scorerFor({ type: 'exact' });

  it('strict: byte-equal only', async () => {
    expect(await verdicts(scorer, 'billing', 'billing')).toEqual([true, true]);
    expect((await verdicts(scorer, 'billing\n', 'billing'))[0]).toBe(false);
    expect((await verdicts(scorer, 'Billing', 'billing'))[0]).toBe(false);
  });

  it.each([
    ['case and space', '  Billing \n'],
    ['emphasis', '**billing**'],
    ['inline code', '`billing`'],
    ['fences', '```\nbilling\n```'],
    ['answer prefix', 'Final answer: billing'],
    ['emphasised prefix', '**Answer:** Billing.'],
    ['curly quotes', '“billing”'],
    ['preamble line', 'Sure! Here is the label:\nbilling'],
    ['sign-off line', 'billing\n\nLet me know if you need anything else.'],
  ])('lenient forgives %s', async (_name, output) => {
    expect(await verdicts(scorer, output, 'billing')).toEqual([false, true]);
  });

  it('lenient compares a JSON reference with JSON found in fences or prose', async () => {
    const reference = { category: 'billing', priority: 'high' };
    expect(await verdicts(scorer, '{"category":"billing","priority":"high"}', reference)).toEqual([
      true,
      true,
    ]);
    expect(
      await verdicts(scorer, 'Here:\n```json\n{"Priority": "High", "category": "billing"}\n```', reference),
    ).toEqual([false, true]);
    expect(await verdicts(scorer, '{"category":"billing","priority":"low"}', reference)).toEqual([
      false,
      false,
    ]);
  });

  it('a JSON reference held in a string counts as JSON too', async () => {
    expect(await verdicts(scorer, '```json\n{"a": 1}\n```', '{"a":1}')).toEqual([false, true]);
  });

  it('wrong answers stay wrong in lenient mode', async () => {
    for (const output of [
      'shipping',
      '**Shipping**',
      'Answer: shipping',
      'not billing',
      'billing, shipping',
      '',
    ]) {
      expect(await verdicts(scorer, output, 'billing')).toEqual([false, false]);
    }
  });

  it('says what was expected and what came', async () => {
    const { strict } = await scoreBoth(scorer, 'shipping', 'billing');
    expect(strict.detail).toBe('expected "billing", got "shipping"');
  });

  it('rejects parameters it does not take', async () => {
    const error = await rejection(scorerFor({ type: 'exact', fields: ['a'] }));
    expect(error.code).toBe('CONFIG_INVALID');
    expect(error.render()).toContain('unknown key "fields"');
  });
});
