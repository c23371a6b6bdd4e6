import { foldText } from './fold-text.js';
import { stripSurfaceNoise } from './strip-surface-noise.js';

/**
 * Every text normaliser in order (DESIGN §2.1): surface noise removed (fences, emphasis, answer
 * prefixes), then Unicode, case, punctuation and whitespace folded. Two answers that differ only
 * in how they are dressed give the same string.
 */
export function lenientText(text: string): string {
  return foldText(stripSurfaceNoise(text));
}
