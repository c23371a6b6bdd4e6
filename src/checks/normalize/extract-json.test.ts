import { describe, expect, it } from 'vitest';
import { extractJson } from './extract-json.js';

describe('extractJson', () => {
  it('parses a whole JSON text', () => {
    expect(extractJson(' {"a": 1} ')?.value).toEqual({ a: 1 });
    expect(extractJson('[1, 2]')?.value).toEqual([1, 2]);
  });
  it('finds the JSON value in prose around it', () => {
    const text = 'Sure! Here is the result: {"category": "billing"} Let me know if you need more.';
    const found = extractJson(text);
    expect(found?.value).toEqual({ category: 'billing' });
    expect(text.slice(found!.start, found!.end)).toBe('{"category": "billing"}');
  });
  it('finds JSON inside code fences without stripping them first', () => {
    expect(extractJson('```json\n{"a": [1, {"b": 2}]}\n```')?.value).toEqual({ a: [1, { b: 2 }] });
  });
  it('is string-aware: brackets and quotes inside strings do not count', () => {
    expect(extractJson('Result: {"text": "a } tricky ] \\" one {"} done')?.value).toEqual({
      text: 'a } tricky ] " one {',
    });
  });
  it('skips bracketed prose that is not JSON', () => {
    expect(extractJson('Here [as requested] is {x} and {"a": 1}')?.value).toEqual({ a: 1 });
  });
  it('with kind "object", skips a whole array rather than picking objects out of it', () => {
    expect(extractJson('[{"a": 1}, {"a": 2}]', 'object')).toBeUndefined();
    expect(extractJson('Options [1, 2]; answer {"a": 1}', 'object')?.value).toEqual({ a: 1 });
  });
  it('with kind "array", skips objects', () => {
    expect(extractJson('{"a": 1} then [1]', 'array')?.value).toEqual([1]);
  });
  it('returns undefined when there is no JSON value or it is truncated', () => {
    expect(extractJson('no json here')).toBeUndefined();
    expect(extractJson('{"category": "billing"')).toBeUndefined();
    expect(extractJson("{'category': 'billing'}")).toBeUndefined();
  });
});
