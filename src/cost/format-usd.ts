/**
 * Formats dollars so the same figure reads the same in formulas, notes and reporters: whole
 * dollars with thousands separators from $100, cents below, and enough significant digits for
 * per-request and per-token amounts (`$0.00072`).
 */
export function formatUsd(value: number): string {
  if (!Number.isFinite(value)) return value > 0 ? '$∞' : '-$∞';
  const sign = value < 0 ? '-' : '';
  const amount = Math.abs(value);
  if (amount === 0) return '$0';
  if (amount >= 100) return `${sign}$${Math.round(amount).toLocaleString('en-US')}`;
  if (amount >= 0.01) return `${sign}$${amount.toFixed(2)}`;
  return `${sign}$${Number(amount.toPrecision(2))}`;
}

/** `300,000` — counts with thousands separators. */
export function formatCount(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}
