import { foldUnicode } from './fold-unicode.js';
import { stripAnswerPrefix } from './strip-answer-prefix.js';
import { stripCodeFences } from './strip-code-fences.js';
import { stripEmphasis } from './strip-emphasis.js';

/**
 * Removes the wrapping around an answer but keeps its case and punctuation: Unicode folding, code
 * fences, Markdown emphasis, then answer prefixes (`**Final answer:** ```42``` ` becomes `42`).
 * The order matters: emphasis hides prefixes, and fences are backticks too.
 */
export function stripSurfaceNoise(text: string): string {
  return stripAnswerPrefix(stripEmphasis(stripCodeFences(foldUnicode(text)))).trim();
}
