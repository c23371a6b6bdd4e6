import { groupDigits } from '../core/group-digits.js';

/**
 * Formats dollars so the same figure reads the same in formulas, notes and reporters: whole
 * dollars with thousands separators from $100, cents down to $0.10, and three significant digits
 * below that, for per-request amounts (`$0.00104`).
 */
export function formatUsd(value: number): string {
  if (!Number.isFinite(value)) return value > 0 ? '$∞' : '-$∞';
  const sign = value < 0 ? '-' : '';
  const amount = Math.abs(value);
  if (amount === 0) return '$0';
  if (amount >= 100) return `${sign}$${groupDigits(Math.round(amount))}`;
  if (amount >= 0.1) return `${sign}$${amount.toFixed(2)}`;
  return `${sign}$${Number(amount.toPrecision(3))}`;
}

/** `300,000` — counts with thousands separators. */
export function formatCount(value: number): string {
  return groupDigits(Math.round(value));
}

/**
 * A ratio to two significant digits, written plainly (`110`, `4.2`, `0.14`, `12,000`): never in
 * exponent notation, which `toPrecision` gives for 100 and up (`1.1e+2`).
 */
export function formatSignificant(value: number, digits = 2): string {
  if (!Number.isFinite(value)) return String(value);
  const rounded = Number(value.toPrecision(digits));
  return Math.abs(rounded) >= 1000 ? rounded.toLocaleString('en-US') : String(rounded);
}
