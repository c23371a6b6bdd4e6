/** A fence line: three or more backticks or tildes, optionally with an info string (```` ```json ````). */
const fenceLine = /^[ \t]{0,3}(?:`{3,}|~{3,})[^\n]*(?:\n|$)/gm;
/** A whole output fenced on one line: ```` ```billing``` ````. */
const oneLineFence = /^\s*(`{3,}|~{3,})([^\n]*?)\1\s*$/;

/**
 * Removes Markdown code fences (```` ``` ```` and `~~~`, with or without a language tag) and keeps
 * what they enclose, and any prose around them, so ```` ```json\n{"a":1}\n``` ```` becomes `{"a":1}`.
 * An unterminated fence (a truncated reply) loses its opening line too. Returns the text trimmed.
 */
export function stripCodeFences(text: string): string {
  if (!text.includes('```') && !text.includes('~~~')) return text.trim();
  const oneLine = oneLineFence.exec(text);
  if (oneLine !== null) return oneLine[2]!.trim();
  return text.replace(fenceLine, '').trim();
}
