import { usageError } from '../core/errors.js';

/**
 * The date a `--today YYYY-MM-DD` flag names, at 00:00 UTC; `fallback` (the clock) when the flag is absent.
 * Platform risk (fine-tuning shutdowns, model retirements) is measured from this date, so a pinned date makes a
 * report reproducible.
 */
export function parseToday(value: string | undefined, fallback: () => Date): Date {
  if (value === undefined) return fallback();
  const date = new Date(`${value}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(date.getTime())) {
    throw usageError(`--today "${value}" is not a date`, 'write it as YYYY-MM-DD, e.g. --today 2026-11-30');
  }
  return date;
}
