/** Collapses every run of Unicode whitespace (spaces, tabs, newlines, no-break spaces) to one space and trims. */
export function foldWhitespace(text: string): string {
  // JavaScript's \s already covers Unicode spaces (no-break, em, ideographic) without the u flag.
  return text.replace(/\s+/g, ' ').trim();
}
