import { describe, expect, it } from 'vitest';
import { memoByText } from './memo-by-text.js';

describe('memoByText', () => {
  it('computes each distinct text once and returns the remembered value after', () => {
    const seen: string[] = [];
    const length = memoByText((text) => {
      seen.push(text);
      return text.length;
    });
    expect([length('abc'), length('de'), length('abc'), length('')]).toEqual([3, 2, 3, 0]);
    expect(seen).toEqual(['abc', 'de', '']);
  });
  it('remembers undefined results too', () => {
    let calls = 0;
    const nothing = memoByText(() => {
      calls++;
      return undefined;
    });
    nothing('a');
    nothing('a');
    expect(calls).toBe(1);
  });
});
