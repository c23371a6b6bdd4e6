import { escapeRegExp, wordClass } from './python-text.js';

/** How to look for a phrase. */
export interface PhraseOptions {
  caseSensitive: boolean;
  /** Only where the phrase is not glued to letters or digits (Python's `\b` at word-character edges). */
  wholeWords: boolean;
}

const wordCharacter = new RegExp(`^[${wordClass}]$`, 'u');

/** A global regex that finds `phrase` as plain text (never as a pattern). */
export function phrasePattern(phrase: string, options: PhraseOptions): RegExp {
  // A straight apostrophe in a phrase also finds the typographic one models often write.
  let source = escapeRegExp(phrase).replaceAll("'", "['’]");
  if (options.wholeWords) {
    const characters = [...phrase];
    if (characters.length > 0 && wordCharacter.test(characters[0]!)) source = `(?<![${wordClass}])${source}`;
    if (characters.length > 0 && wordCharacter.test(characters.at(-1)!))
      source = `${source}(?![${wordClass}])`;
  }
  return new RegExp(source, options.caseSensitive ? 'gu' : 'giu');
}

/** The first occurrence of any phrase: which one and where (a UTF-16 index), or undefined. */
export function findFirstPhrase(
  text: string,
  patterns: readonly { phrase: string; pattern: RegExp }[],
): { phrase: string; index: number; found: string } | undefined {
  let best: { phrase: string; index: number; found: string } | undefined;
  for (const { phrase, pattern } of patterns) {
    pattern.lastIndex = 0;
    const match = pattern.exec(text);
    if (match !== null && (best === undefined || match.index < best.index)) {
      best = { phrase, index: match.index, found: match[0] };
    }
  }
  return best;
}

/** Non-overlapping occurrences of a pattern. */
export function countMatches(text: string, pattern: RegExp): number {
  pattern.lastIndex = 0;
  let count = 0;
  while (pattern.test(text)) count++;
  return count;
}

/** `"As an AI" at char 12` — where a phrase was found, for check details. */
export function describeFound(found: string, index: number): string {
  return `found ${JSON.stringify(found)} at char ${index}`;
}
