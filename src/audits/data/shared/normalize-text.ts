/**
 * The exact-duplicate normaliser of datatrove's `simplify_content` (data.md §3.1): lowercase,
 * Unicode NFD with combining marks dropped, punctuation and control characters deleted, whitespace
 * collapsed, trimmed. Two texts that differ only in case, accents, punctuation or spacing match.
 */
export function normalizeForDuplicates(text: string): string {
  let result = text.toLowerCase();
  // ASCII-only text needs no Unicode decomposition (the common case; NFD is the slow step).
  if (/[\u0080-\uffff]/.test(result)) result = result.normalize('NFD').replace(/\p{M}/gu, '');
  return result
    .replace(/[\p{P}\p{S}\p{Cc}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
