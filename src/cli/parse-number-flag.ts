import { usageError } from '../core/errors.js';

/** What a number flag accepts, and how a rejection is worded. */
export interface NumberFlagRules {
  /** Only whole numbers. */
  integer?: boolean;
  /** The smallest value accepted. */
  min?: number;
  /**
   * Words every rejection as one message, `FLAG: expected WHAT, got "TEXT"`, with this hint (for a
   * flag whose rules read best in one sentence); else each problem has its own message.
   */
  expected?: { what: string; hint: string };
}

/**
 * Reads a number flag strictly: `300000`, `300_000`, `300,000` and `3e5` are numbers; blank text,
 * other text, a fraction where a whole number belongs, or a value below the minimum is a usage error
 * that names the flag.
 */
export function parseNumberFlag(flag: string, text: string, rules: NumberFlagRules = {}): number {
  const value = Number(text.replaceAll('_', '').replaceAll(',', ''));
  const isNumber = text.trim() !== '' && Number.isFinite(value);
  const isWhole = isNumber && (rules.integer !== true || Number.isInteger(value));
  if (isWhole && (rules.min === undefined || value >= rules.min)) return value;
  if (rules.expected !== undefined)
    throw usageError(`${flag}: expected ${rules.expected.what}, got "${text}"`, rules.expected.hint);
  if (!isNumber)
    throw usageError(`${flag} "${text}" is not a number`, `give ${flag} a number, e.g. ${flag} 300000`);
  if (!isWhole)
    throw usageError(`${flag} ${text} must be a whole number`, `round it, e.g. ${flag} ${Math.round(value)}`);
  throw usageError(`${flag} ${text} must be at least ${rules.min}`, `e.g. ${flag} ${rules.min}`);
}

/** `--items N` (diagnose, report): how many failing items the terminal shows, 0 or more. */
export function parseItemCount(text: string): number {
  return parseNumberFlag('--items', text, {
    integer: true,
    min: 0,
    expected: {
      what: 'a whole number of items (0 or more)',
      hint: 'e.g. --items 10 (0 hides the failing items)',
    },
  });
}
