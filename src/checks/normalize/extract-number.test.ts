import { describe, expect, it } from 'vitest';
import { findNumbers, parseNumberLiteral } from './extract-number.js';

describe('parseNumberLiteral', () => {
  it.each([
    ['42', 42],
    [' -3.5 ', -3.5],
    ['1,234', 1234],
    ['1,234,567.89', 1234567.89],
    ['$12.50', 12.5],
    ['-$5', -5],
    ['€ 3', 3],
    ['42%', 42],
    ['1e3', 1000],
    ['.5', 0.5],
    ['1\u202F000', 1000],
  ])('%j → %d', (text, expected) => {
    expect(parseNumberLiteral(text)).toBe(expected);
  });
  it.each(['42 apples', 'forty-two', '', '1 000', '1.2.3', '$'])('%j is not a number', (text) => {
    expect(parseNumberLiteral(text)).toBeUndefined();
  });
});

describe('findNumbers', () => {
  it('finds every number in prose, with separators, currency and percent', () => {
    expect(findNumbers('The total is $1,234.50, up 3% from -2 last year.')).toEqual([1234.5, 3, -2]);
  });
  it('treats a hyphen after a letter or digit as a hyphen, not a sign', () => {
    expect(findNumbers('GPT-4 on 2024-01-15')).toEqual([4, 2024, 1, 15]);
  });
  it('does not read version numbers or identifiers as several numbers', () => {
    expect(findNumbers('v2 and 2.5.1')).toEqual([2.5]);
  });
});
