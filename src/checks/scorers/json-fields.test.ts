import { describe, expect, it } from 'vitest';
import { rejection, scoreBoth, scorerFor, verdicts } from '../../testing/scorer-harness.js';

describe('json-fields scorer', async () => {
  const scorer = await scorerFor({
    type: 'json-fields',
    fields: ['category', 'priority'],
    synonyms: { high: ['urgent', 'P1'] },
  });
  const reference = { category: 'billing', priority: 'high', reply: 'anything' };

  it('strict: the raw output is an object whose named fields deep-equal the reference', async () => {
    expect(
      await verdicts(scorer, '{"category":"billing","priority":"high","reply":"other"}', reference),
    ).toEqual([true, true]);
    expect(await verdicts(scorer, ' {"priority":"high","category":"billing"}\n', reference)).toEqual([
      true,
      true,
    ]);
  });

  it.each([
    ['code fences', '```json\n{"category": "billing", "priority": "high"}\n```'],
    ['prose around', 'Sure! Here is the result: {"category": "billing", "priority": "high"} Let me know…'],
    ['key case', '{"Category": "billing", "PRIORITY": "high"}'],
    ['value case and punctuation', '{"category": "Billing.", "priority": " HIGH "}'],
    ['a synonym', '{"category": "billing", "priority": "Urgent"}'],
    ['a double-encoded object', '"{\\"category\\": \\"billing\\", \\"priority\\": \\"high\\"}"'],
  ])('lenient forgives %s', async (_name, output) => {
    expect(await verdicts(scorer, output, reference)).toEqual([false, true]);
  });

  it('lenient matches snake, camel and kebab key styles', async () => {
    const styled = await scorerFor({ type: 'json-fields', fields: ['priority_level'] });
    for (const output of ['{"priorityLevel": 2}', '{"Priority-Level": 2}', '{"PRIORITY_LEVEL": "2"}']) {
      expect(await verdicts(styled, output, { priority_level: 2 })).toEqual([false, true]);
    }
  });

  it('wrong values stay wrong in both modes, naming the first wrong field', async () => {
    const wrong = await scoreBoth(scorer, '{"category": "shipping", "priority": "high"}', reference);
    expect([wrong.strict.correct, wrong.lenient.correct]).toEqual([false, false]);
    expect(wrong.strict.detail).toBe('category: expected "billing", got "shipping"');
    expect(wrong.lenient.detail).toBe('category: expected "billing", got "shipping"');
    const second = await scoreBoth(
      scorer,
      '```json\n{"category": "billing", "priority": "low"}\n```',
      reference,
    );
    expect(second.lenient.detail).toBe('priority: expected "high", got "low"');
  });

  it('a missing field is wrong, and says so', async () => {
    const missing = await scoreBoth(scorer, '{"category": "billing"}', reference);
    expect(missing.lenient.correct).toBe(false);
    expect(missing.lenient.detail).toBe('priority: expected "high", got nothing (field missing)');
  });

  it('a non-object output is wrong in strict mode, and in lenient mode when no object is found', async () => {
    expect((await scoreBoth(scorer, 'billing, high', reference)).lenient.detail).toBe(
      'no JSON object found in the output',
    );
    expect(
      (await scoreBoth(scorer, '[{"category": "billing", "priority": "high"}]', reference)).strict.detail,
    ).toBe('the output is not a JSON object');
  });

  it('compares dotted paths, nested objects and numbers-as-strings', async () => {
    const nested = await scorerFor({
      type: 'json-fields',
      fields: ['ticket.priority', 'ticket.tags', 'amount'],
    });
    const expected = { ticket: { priority: 'high', tags: ['a', 'b'] }, amount: 12 };
    expect(await verdicts(nested, JSON.stringify(expected), expected)).toEqual([true, true]);
    expect(
      await verdicts(
        nested,
        '{"Ticket": {"Priority": "High", "tags": ["A", "b"]}, "amount": "12"}',
        expected,
      ),
    ).toEqual([false, true]);
    expect(
      await verdicts(nested, '{"ticket": {"priority": "high", "tags": ["b", "a"]}, "amount": 12}', expected),
    ).toEqual([false, false]);
  });

  it('accepts a reference held as a JSON string (CSV cells)', async () => {
    expect(
      await verdicts(
        scorer,
        '{"category":"billing","priority":"high"}',
        '{"category":"billing","priority":"high"}',
      ),
    ).toEqual([true, true]);
  });

  it('rejects references it cannot use', () => {
    expect(scorer.checkReference('billing')?.problem).toBe(
      'the reference must be a JSON object (or a string holding one)',
    );
    expect(scorer.checkReference({ category: 'billing' })?.problem).toBe(
      'the reference has no field "priority"',
    );
    expect(scorer.checkReference({ category: 'billing', priority: null })).toBeUndefined();
  });

  it('rejects bad parameters with the field named', async () => {
    const missing = await rejection(scorerFor({ type: 'json-fields' }));
    expect(missing.location.field).toBe('score.fields');
    expect(missing.message).toBe('required array missing');
    const empty = await rejection(scorerFor({ type: 'json-fields', fields: [] }));
    expect(empty.location.field).toBe('score.fields');
    const malformed = await rejection(scorerFor({ type: 'json-fields', fields: ['a', 'b..c'] }));
    expect(malformed.location.field).toBe('score.fields[1]');
    expect(malformed.message).toContain('"b..c"');
    const unknown = await rejection(scorerFor({ type: 'json-fields', fields: ['a'], feilds: ['b'] }));
    expect(unknown.message).toBe('unknown key "feilds". Did you mean "fields"?');
    expect(unknown.hint).toContain('keys under score are: fields');
  });
});
