/**
 * Case folding, locale-independent (`I` becomes `i` even under a Turkish locale). Full Unicode case
 * folding (`ß` and `ss`) is deliberately not done: it would make distinct words equal.
 */
export function foldCase(text: string): string {
  return text.toLowerCase();
}
