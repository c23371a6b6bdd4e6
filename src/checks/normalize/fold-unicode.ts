/**
 * Characters that NFKC leaves alone but that models and keyboards swap freely: typographic quotes,
 * dashes and the minus sign. Mapped to their ASCII forms so `“billing”` and `"billing"` compare equal.
 */
const lookalikes: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201A': "'",
  '\u201B': "'",
  '\u2032': "'",
  '\u2039': "'",
  '\u203A': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u201F': '"',
  '\u2033': '"',
  '\u00AB': '"',
  '\u00BB': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u2212': '-',
};
const lookalikePattern =
  /[\u2018\u2019\u201A\u201B\u2032\u2039\u203A\u201C-\u201F\u2033\u00AB\u00BB\u2010-\u2015\u2212]/g;
/** Zero-width characters and the byte-order mark: invisible, and `\s` does not match them. */
const invisiblePattern = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
// Printable ASCII plus tab and newlines needs none of the work below (the common case, kept fast).
const plainAscii = /^[\t\n\r\x20-\x7E]*$/;

/**
 * Unicode folding: NFKC (full-width letters, ligatures, no-break spaces become their plain forms),
 * curly quotes and dashes to ASCII, invisible characters removed. Case is left alone (see foldCase).
 */
export function foldUnicode(text: string): string {
  if (plainAscii.test(text)) return text;
  return text
    .normalize('NFKC')
    .replace(lookalikePattern, (character) => lookalikes[character] ?? character)
    .replace(invisiblePattern, '');
}
