const jsonStart = /^[ \t\n\r]*[[{"\-0-9tfn]/;

/**
 * Whether a text can be JSON at all: after JSON's whitespace (space, tab, CR, LF) a JSON text
 * begins with `{`, `[`, `"`, `-`, a digit, `t`, `f` or `n` (RFC 8259 §2-3). Anything else makes
 * JSON.parse throw, and a throw (with its message) costs ~10 µs: checks that only need pass or
 * fail use this to skip the parse of prose or fenced outputs.
 */
export function mayBeJson(text: string): boolean {
  return jsonStart.test(text);
}
