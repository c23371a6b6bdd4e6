import { describe, expect, it } from 'vitest';
import { extractJson, extractJsonValues } from './extract-json.js';

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

describe('extractJsonValues', () => {
  const values = (text: string, kind?: 'object' | 'array' | 'any') =>
    extractJsonValues(text, kind).map((found) => found.value);
  it('finds every top-level JSON value in prose, left to right', () => {
    expect(values('First {"a": 1}, then [2, 3] and {"b": {"c": 4}}.')).toEqual([
      { a: 1 },
      [2, 3],
      { b: { c: 4 } },
    ]);
  });
  it('never returns a value inside one already found', () => {
    expect(values('{"a": [1, {"b": 2}]}')).toEqual([{ a: [1, { b: 2 }] }]);
  });
  it('with kind "object", reads the objects inside an array one by one', () => {
    expect(values('[{"a": 1}, {"a": 2}]', 'object')).toEqual([{ a: 1 }, { a: 2 }]);
    expect(values('[1, 2]', 'object')).toEqual([]);
  });
  it('with kind "array", finds arrays, also inside objects', () => {
    expect(values('{"items": [1, 2]}', 'array')).toEqual([[1, 2]]);
  });
  it('skips what does not parse: YAML-style keys, a truncated object, brackets in prose', () => {
    expect(values('{category: billing} and {"a": 1')).toEqual([]);
    expect(values('see [note] {x}')).toEqual([]);
    expect(values('text "with {"a": "}"} in it"')).toEqual([{ a: '}' }]);
  });
  it('gives up on a reply full of unclosed brackets instead of scanning it quadratically', () => {
    // 100,000 starting brackets each scanning to the end would be 5·10⁹ steps; the budget stops it.
    expect(values(`${'{['.repeat(50_000)} {"a": 1}`)).toEqual([]);
    expect(values(`${'{['.repeat(10)} {"a": 1}`)).toEqual([{ a: 1 }]);
  });
});
