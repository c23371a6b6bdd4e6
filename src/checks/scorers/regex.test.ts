import { describe, expect, it } from 'vitest';
import { rejection, scoreBoth, scorerFor, verdicts } from '../../testing/scorer-harness.js';

describe('regex scorer', async () => {
  const fixed = await scorerFor({ type: 'regex', pattern: '^(?:refund|reimburse)\\b' });
  const perRow = await scorerFor({ type: 'regex' });

  it('strict: the pattern matches the raw output', async () => {
    expect(await verdicts(fixed, 'refund issued', null)).toEqual([true, true]);
    expect(await verdicts(fixed, 'We will refund', null)).toEqual([false, false]);
  });

  it('lenient also tries the output without fences, emphasis and prefix, then folded', async () => {
    expect(await verdicts(fixed, '**Answer:** refund issued', null)).toEqual([false, true]);
    expect(await verdicts(fixed, 'Refund issued', null)).toEqual([false, true]);
    expect(await verdicts(fixed, '```\nreimburse\n```', null)).toEqual([false, true]);
  });

  it('uses each row’s reference as the pattern when none is configured', async () => {
    expect(await verdicts(perRow, 'Order A-1234 shipped', 'A-\\d{4}')).toEqual([true, true]);
    expect(await verdicts(perRow, 'Order 1234 shipped', 'A-\\d{4}')).toEqual([false, false]);
    expect(perRow.requiresReference).toBe(true);
    expect(fixed.requiresReference).toBe(false);
  });

  it('honours flags and ignores g and y (they make matching stateful)', async () => {
    const insensitive = await scorerFor({ type: 'regex', pattern: 'refund', flags: 'gi' });
    for (let run = 0; run < 3; run++)
      expect(await verdicts(insensitive, 'REFUND', null)).toEqual([true, true]);
  });

  it('explains a failure', async () => {
    expect((await scoreBoth(fixed, 'no', null)).strict.detail).toBe(
      '"no" does not match /^(?:refund|reimburse)\\b/',
    );
  });

  it('an invalid pattern is a config error naming the field', async () => {
    const error = await rejection(scorerFor({ type: 'regex', pattern: '(unclosed' }));
    expect(error.code).toBe('CONFIG_INVALID');
    expect(error.location).toMatchObject({ file: 'fixfirst.yaml', line: 7, field: 'score.pattern' });
    expect(error.message).toContain('invalid regular expression "(unclosed"');
    const python = await rejection(scorerFor({ type: 'regex', pattern: '(?i)refund' }));
    expect(python.message).toContain('use flags instead');
  });

  it('invalid flags are a config error naming the field', async () => {
    const error = await rejection(scorerFor({ type: 'regex', pattern: 'a', flags: 'q' }));
    expect(error.location.field).toBe('score.flags');
  });

  it('an invalid per-row pattern is reported by checkReference', () => {
    expect(perRow.checkReference('[a-')?.problem).toContain('not a valid regular expression');
    expect(perRow.checkReference(3)?.problem).toContain('must be a pattern');
    expect(fixed.checkReference(3)).toBeUndefined();
  });
});
