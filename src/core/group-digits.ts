/**
 * An integer with thousands separators, `1234567` → `1,234,567`: what `toLocaleString('en-US')`
 * prints for an integer, without its cost: the first call of toLocaleString loads ICU's number
 * formatting, tens of milliseconds, more than the rest of formatting a whole report.
 */
export function groupDigits(value: number): string {
  if (!Number.isSafeInteger(value)) return value.toLocaleString('en-US');
  const digits = String(Math.abs(value));
  let grouped = digits.slice(0, ((digits.length - 1) % 3) + 1);
  for (let index = grouped.length; index < digits.length; index += 3)
    grouped += `,${digits.slice(index, index + 3)}`;
  return value < 0 ? `-${grouped}` : grouped;
}
