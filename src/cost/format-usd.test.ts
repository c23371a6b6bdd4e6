import { describe, expect, it } from 'vitest';
import { formatCount, formatSignificant, formatUsd } from './format-usd.js';

describe('formatUsd', () => {
  it('writes whole dollars from $100, cents down to $0.10, three significant digits below', () => {
    expect(formatUsd(8063.4)).toBe('$8,063');
    expect(formatUsd(31.5)).toBe('$31.50');
    expect(formatUsd(0.00104)).toBe('$0.00104');
    expect(formatUsd(-768)).toBe('-$768');
    expect(formatUsd(0)).toBe('$0');
  });
});

describe('formatSignificant', () => {
  it('keeps two significant digits without exponent notation', () => {
    expect(formatSignificant(112.4)).toBe('110');
    expect(formatSignificant(4.24)).toBe('4.2');
    expect(formatSignificant(0.1412)).toBe('0.14');
    expect(formatSignificant(12_345)).toBe('12,000');
    expect(formatSignificant(0)).toBe('0');
  });
});

describe('formatCount', () => {
  it('rounds and separates thousands', () => {
    expect(formatCount(1_389_982.6)).toBe('1,389,983');
  });
});
