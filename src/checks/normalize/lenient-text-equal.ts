import { looseVariants } from '../loose-variants.js';
import { foldText } from './fold-text.js';
import { lenientText } from './lenient-text.js';
import { stripSurfaceNoise } from './strip-surface-noise.js';

/**
 * Lenient equality of a text answer and its reference: equal after every text normaliser, or after
 * one of IFEval's loose variants of the stripped output (a first or last line of preamble or
 * sign-off removed, asterisks removed; DESIGN §2.1). `Sure! Here it is:\n**Billing**` = `billing`.
 */
export function lenientTextEqual(output: string, reference: string): boolean {
  const target = lenientText(reference);
  const stripped = stripSurfaceNoise(output);
  if (foldText(stripped) === target) return true;
  if (!stripped.includes('\n')) return false;
  for (const variant of looseVariants(stripped)) {
    if (variant.trim() !== '' && foldText(variant) === target) return true;
  }
  return false;
}
