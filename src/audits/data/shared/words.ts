import { hashString } from './hash.js';

/** True for a UTF-16 code unit that is part of a word: ASCII letters and digits, and most non-ASCII. */
function isWordUnit(code: number): boolean {
  if (code < 0x80)
    return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a);
  // Non-ASCII punctuation and spaces: Latin-1 symbols, general punctuation, CJK punctuation, fullwidth forms.
  if (code <= 0xbf)
    return code === 0xaa || code === 0xb2 || code === 0xb3 || code === 0xb5 || code === 0xb9 || code === 0xba;
  if (code === 0xd7 || code === 0xf7) return false;
  if (code >= 0x2000 && code <= 0x206f) return false;
  if (code >= 0x3000 && code <= 0x303f) return false;
  if (code >= 0xff00 && code <= 0xff0f) return false;
  if (code >= 0x2190 && code <= 0x2bff) return false;
  return true;
}

/**
 * The words of a text, lowercased, split on anything that is not a letter or digit (the
 * tokenisation of text-dedup and of the contamination checks: "lowercase, punctuation → space,
 * whitespace split"). Each word is returned as its 32-bit hash, which is all similarity needs.
 */
export function wordHashes(text: string): Uint32Array {
  const lower = text.toLowerCase();
  const length = lower.length;
  const result: number[] = [];
  let start = -1;
  for (let index = 0; index <= length; index++) {
    const word = index < length && isWordUnit(lower.charCodeAt(index));
    if (word) {
      if (start === -1) start = index;
    } else if (start !== -1) {
      result.push(hashString(lower.slice(start, index)));
      start = -1;
    }
  }
  return Uint32Array.from(result);
}

/** The words of a text as strings (lowercased, split as `wordHashes`), for small texts and evidence. */
export function words(text: string): string[] {
  const lower = text.toLowerCase();
  const result: string[] = [];
  let start = -1;
  for (let index = 0; index <= lower.length; index++) {
    const word = index < lower.length && isWordUnit(lower.charCodeAt(index));
    if (word) {
      if (start === -1) start = index;
    } else if (start !== -1) {
      result.push(lower.slice(start, index));
      start = -1;
    }
  }
  return result;
}
