import { describe, expect, it } from 'vitest';
import { FixfirstError } from '../core/errors.js';
import { parseNumberFlag } from './parse-number-flag.js';

/** The usage error a call throws: its message and hint. */
function rejection(call: () => unknown): { code: string; message: string; hint: string | undefined } {
  try {
    call();
  } catch (error) {
    if (!FixfirstError.isInstance(error)) throw error;
    return { code: error.code, message: error.message, hint: error.hint };
  }
  throw new Error('expected a usage error');
}

describe('parseNumberFlag', () => {
  it('reads plain, underscored, comma-grouped and exponent numbers', () => {
    expect(parseNumberFlag('--n', '300000')).toBe(300_000);
    expect(parseNumberFlag('--n', '300_000')).toBe(300_000);
    expect(parseNumberFlag('--n', '300,000')).toBe(300_000);
    expect(parseNumberFlag('--n', '3e5', { integer: true })).toBe(300_000);
    expect(parseNumberFlag('--n', '0.25')).toBe(0.25);
    expect(parseNumberFlag('--n', '0', { integer: true, min: 0 })).toBe(0);
  });

  it('names the flag in each problem, with a hint', () => {
    expect(rejection(() => parseNumberFlag('--epochs', 'x', { integer: true }))).toEqual({
      code: 'USAGE',
      message: '--epochs "x" is not a number',
      hint: 'give --epochs a number, e.g. --epochs 300000',
    });
    expect(rejection(() => parseNumberFlag('--epochs', ' ')).message).toBe('--epochs " " is not a number');
    expect(rejection(() => parseNumberFlag('--epochs', 'Infinity')).message).toBe(
      '--epochs "Infinity" is not a number',
    );
    expect(rejection(() => parseNumberFlag('--epochs', '1.5', { integer: true }))).toEqual({
      code: 'USAGE',
      message: '--epochs 1.5 must be a whole number',
      hint: 'round it, e.g. --epochs 2',
    });
    expect(rejection(() => parseNumberFlag('--top', '-2', { min: 1 }))).toEqual({
      code: 'USAGE',
      message: '--top -2 must be at least 1',
      hint: 'e.g. --top 1',
    });
  });

  it('words every problem as one sentence when the flag gives what it expects', () => {
    const expected = { what: 'a whole number of items (0 or more)', hint: 'e.g. --items 10' };
    for (const text of ['abc', '-1', '2.5', '']) {
      expect(rejection(() => parseNumberFlag('--items', text, { integer: true, min: 0, expected }))).toEqual({
        code: 'USAGE',
        message: `--items: expected a whole number of items (0 or more), got "${text}"`,
        hint: 'e.g. --items 10',
      });
    }
  });
});
