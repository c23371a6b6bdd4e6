/** Collapses every run of Unicode whitespace (spaces, tabs, newlines, no-break spaces) to one space and trims. */
export function foldWhitespace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}
