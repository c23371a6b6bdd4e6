// Printable ASCII plus tab and newlines is already NFKC: skipping normalize() there is the common,
// fast case (passages and inputs are mostly plain text).
const plainAscii = /^[\t\n\r\x20-\x7E]*$/;

/**
 * Text as compared when asking "is this the same input / passage / reference?": NFKC, lower case,
 * runs of whitespace as one space, trimmed. One definition, so the eval-set, retrieval and import
 * audits agree on what counts as the same text.
 */
export function comparableText(text: string): string {
  const folded = plainAscii.test(text) ? text : text.normalize('NFKC');
  return folded.toLowerCase().replace(/\s+/g, ' ').trim();
}
