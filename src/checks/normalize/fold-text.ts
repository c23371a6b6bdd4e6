import { foldCase } from './fold-case.js';
import { foldPunctuation } from './fold-punctuation.js';
import { foldUnicode } from './fold-unicode.js';
import { foldWhitespace } from './fold-whitespace.js';
import { stripEmphasis } from './strip-emphasis.js';

/**
 * Folds a short value for comparison: Unicode (NFKC, curly quotes), Markdown emphasis, case,
 * punctuation (kept between digits) and whitespace. `“**Billing.**”` and `billing` fold equal.
 */
export function foldText(text: string): string {
  return foldWhitespace(foldPunctuation(foldCase(stripEmphasis(foldUnicode(text)))));
}
