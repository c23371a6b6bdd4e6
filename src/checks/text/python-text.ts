/**
 * Text primitives with Python's semantics. IFEval's reference implementation is Python; where
 * JavaScript differs (which characters are whitespace, what `\w` and `\d` match, what "upper case"
 * means) these helpers follow Python, so fixfirst's checks give the reference's answers.
 */

/**
 * The characters Python's `str.isspace()` accepts, as the body of a regex character class. Python's
 * `\s` in str patterns is the same set. It differs from JavaScript's `\s` (no U+FEFF; adds U+001C–U+001F, U+0085).
 */
export const whitespaceClass =
  '\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';

/** Python's `\w` in str patterns (letters, numbers, underscore), as a regex class body (needs the `u` flag). */
export const wordClass = '\\p{L}\\p{N}_';

/** Python's `\d` in str patterns (any decimal digit), as a regex class body (needs the `u` flag). */
export const digitClass = '\\p{Nd}';

const leadingWhitespace = new RegExp(`^[${whitespaceClass}]+`);
const trailingWhitespace = new RegExp(`[${whitespaceClass}]+$`);
const anyNonWhitespace = new RegExp(`[^${whitespaceClass}]`);
const whitespaceRun = new RegExp(`[${whitespaceClass}]+`);

/** Python's `text.strip()`. */
export function strip(text: string): string {
  return stripEnd(stripStart(text));
}

/** Python's `text.lstrip()`. */
export function stripStart(text: string): string {
  return text.replace(leadingWhitespace, '');
}

/** Python's `text.rstrip()`. */
export function stripEnd(text: string): string {
  return text.replace(trailingWhitespace, '');
}

/** True when `text.strip()` would be empty: IFEval's "a blank response follows nothing". */
export function isBlank(text: string): boolean {
  return !anyNonWhitespace.test(text);
}

/** Python's `text.split()` (no argument): split on whitespace runs, no empty strings. */
export function splitWhitespace(text: string): string[] {
  const stripped = strip(text);
  return stripped === '' ? [] : stripped.split(whitespaceRun);
}

const lowercaseOrTitle = /[\p{Lowercase}\p{Lt}]/u;
const uppercaseOrTitle = /[\p{Uppercase}\p{Lt}]/u;
const uppercase = /\p{Uppercase}/u;
const lowercase = /\p{Lowercase}/u;

/** Python's `str.isupper()`: at least one cased character, and no lower- or title-case one. */
export function isUpper(text: string): boolean {
  return uppercase.test(text) && !lowercaseOrTitle.test(text);
}

/** Python's `str.islower()`: at least one cased character, and no upper- or title-case one. */
export function isLower(text: string): boolean {
  return lowercase.test(text) && !uppercaseOrTitle.test(text);
}

/** Escapes text for use inside a RegExp. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
