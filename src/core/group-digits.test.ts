import { describe, expect, it } from 'vitest';
import { groupDigits } from './group-digits.js';

describe('groupDigits', () => {
  it("prints integers as toLocaleString('en-US') does", () => {
    const values = [
      0,
      7,
      42,
      999,
      1000,
      1234,
      99_999,
      100_000,
      1_234_567,
      -1,
      -1234,
      -1_000_000,
      2 ** 53 - 1,
    ];
    for (const value of values) expect(groupDigits(value)).toBe(value.toLocaleString('en-US'));
  });

  it('hands anything but a safe integer to toLocaleString', () => {
    for (const value of [1.5, 1e21, -0.25, Number.POSITIVE_INFINITY])
      expect(groupDigits(value)).toBe(value.toLocaleString('en-US'));
  });
});
