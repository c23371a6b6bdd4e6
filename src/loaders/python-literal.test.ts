import { describe, expect, it } from 'vitest';
import { parsePythonStringList } from './python-literal.js';

describe('parsePythonStringList', () => {
  it('reads repr() of a list of strings, both quote styles and escapes', () => {
    expect(
      parsePythonStringList(`['first', "it's", 'a\\'b', 'line\\nbreak', 'caf\\xe9', '\\u00e9t\\u00e9']`),
    ).toEqual(['first', "it's", "a'b", 'line\nbreak', 'café', 'été']);
  });
  it('reads an empty list and a trailing comma', () => {
    expect(parsePythonStringList('[]')).toEqual([]);
    expect(parsePythonStringList(" [ 'a', ] ")).toEqual(['a']);
  });
  it('rejects anything else', () => {
    for (const text of ['', 'abc', "['a'", "['a' 'b']", '[1, 2]', "['a'] x", "['\\x4']"]) {
      expect(parsePythonStringList(text)).toBeUndefined();
    }
  });
});
