import { describe, expect, it } from 'vitest';
import { formatMonths } from './format-months.js';

describe('formatMonths', () => {
  it('says short paybacks in days or weeks and long ones in months', () => {
    expect(formatMonths(0.0001)).toBe('under a day');
    expect(formatMonths(1 / 30.4375)).toBe('1 day');
    expect(formatMonths(0.13)).toBe('4 days');
    expect(formatMonths(0.7)).toBe('3 weeks');
    expect(formatMonths(2.54)).toBe('2.5 months');
    expect(formatMonths(14.4)).toBe('14 months');
    expect(formatMonths(Number.POSITIVE_INFINITY)).toBe('never');
  });
});
