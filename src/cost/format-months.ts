/** Average days in a month (365.25 / 12), to say short paybacks in days or weeks. */
const daysPerMonth = 30.4375;

/**
 * Formats a payback period so short ones stay readable: `under a day`, `4 days`, `3 weeks`, `2.5 months`,
 * `14 months`. (`0.0 months` told a reader nothing.)
 */
export function formatMonths(months: number): string {
  if (!Number.isFinite(months)) return 'never';
  const days = months * daysPerMonth;
  if (days < 1) return 'under a day';
  if (days < 14) return `${Math.round(days)} day${Math.round(days) === 1 ? '' : 's'}`;
  if (months < 1) return `${Math.round(days / 7)} weeks`;
  if (months < 10) return `${months.toFixed(1)} months`;
  return `${Math.round(months)} months`;
}
