import { describe, expect, it } from 'vitest';
import { rejection, scoreBoth, scorerFor, verdicts } from '../../testing/scorer-harness.js';

describe('label scorer', async () => {
  const plain = await scorerFor({ type: 'label' });
  const known = await scorerFor({
    type: 'label',
    labels: ['billing', 'shipping', 'account', 'account access'],
    synonyms: { billing: ['invoice', 'payment'], shipping: ['delivery'] },
  });

  it('strict: the output is the label exactly', async () => {
    expect(await verdicts(plain, 'billing', 'billing')).toEqual([true, true]);
    expect((await verdicts(plain, 'Billing', 'billing'))[0]).toBe(false);
  });

  it.each([
    ['case', 'BILLING'],
    ['punctuation', 'billing.'],
    ['emphasis', '**billing**'],
    ['prefix', 'Label: billing'],
    ['prefix with dash', 'Category - Billing'],
    ['fences', '```\nbilling\n```'],
  ])('lenient forgives %s without any parameters', async (_name, output) => {
    expect(await verdicts(plain, output, 'billing')).toEqual([false, true]);
  });

  it('lenient maps declared synonyms, in the reply and in the reference', async () => {
    expect(await verdicts(known, 'Invoice', 'billing')).toEqual([false, true]);
    expect(await verdicts(known, 'billing', 'payment')).toEqual([false, true]);
    expect(await verdicts(known, 'delivery', 'billing')).toEqual([false, false]);
  });

  it('with labels: a reply that mentions exactly one label counts as that label', async () => {
    expect(await verdicts(known, 'I think this is a billing question.', 'billing')).toEqual([false, true]);
    expect(await verdicts(known, 'This looks like an invoice problem', 'billing')).toEqual([false, true]);
    expect(await verdicts(known, 'The customer has an account access problem', 'account access')).toEqual([
      false,
      true,
    ]);
  });

  it('with labels: several labels, no label or a negated label stay wrong', async () => {
    const several = await scoreBoth(known, 'Either billing or shipping', 'billing');
    expect(several.lenient.correct).toBe(false);
    expect(several.lenient.detail).toContain('several labels (billing, shipping)');
    expect(await verdicts(known, 'This is not billing.', 'billing')).toEqual([false, false]);
    expect(await verdicts(known, "It isn't billing, it is shipping", 'billing')).toEqual([false, false]);
    expect(await verdicts(known, 'I cannot tell', 'billing')).toEqual([false, false]);
  });

  it('without labels, a mention in prose is not enough', async () => {
    expect(await verdicts(plain, 'I think this is a billing question.', 'billing')).toEqual([false, false]);
  });

  it('a wrong label stays wrong however it is dressed', async () => {
    expect(await verdicts(known, '**Label:** Shipping.', 'billing')).toEqual([false, false]);
  });

  it('rejects a reference that is not one of the labels', () => {
    expect(known.checkReference('refunds')?.problem).toBe('reference "refunds" is not one of the labels');
    expect(known.checkReference('Invoice')).toBeUndefined();
    expect(known.checkReference({ a: 1 })?.problem).toContain('must be a label');
  });

  it('rejects bad parameters with the field named', async () => {
    const wrongType = await rejection(scorerFor({ type: 'label', labels: 'billing' }));
    expect(wrongType.code).toBe('CONFIG_INVALID');
    expect(wrongType.location).toMatchObject({ file: 'fixfirst.yaml', line: 7, field: 'score.labels' });
    const conflict = await rejection(scorerFor({ type: 'label', synonyms: { a: ['x'], b: ['X'] } }));
    expect(conflict.location.field).toBe('score.synonyms.b');
    const empty = await rejection(scorerFor({ type: 'label', labels: ['ok', '...'] }));
    expect(empty.location.field).toBe('score.labels[1]');
  });
});
