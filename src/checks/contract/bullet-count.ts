import { z } from 'zod';
import { defineCheck } from '../../core/check.js';
import { boundsShape, checkBounds, refineBounds } from '../bounds.js';
import { whitespaceClass } from '../text/python-text.js';

// IFEval's counting: a line starting (after optional whitespace) with `*` not followed by another
// `*`, or with `-`. `(?<![^\n])` is Python's `^` in MULTILINE mode (after "\n" only, unlike JS's `m`).
const starBullet = new RegExp(`(?<![^\\n])[${whitespaceClass}]*\\*[^*][^\\n]*`, 'g');
const dashBullet = new RegExp(`(?<![^\\n])[${whitespaceClass}]*-[^\\n]*`, 'g');

/** Counts markdown bullets the way IFEval does. */
export function countBullets(output: string): number {
  return (output.match(starBullet)?.length ?? 0) + (output.match(dashBullet)?.length ?? 0);
}

/** The output has a given number of markdown bullet points. */
export const bulletCountCheck = defineCheck({
  id: 'bullet_count',
  category: 'structure',
  summary:
    'The output has min/max/exactly n markdown bullet points (lines starting with `* ` or `-`, counted as IFEval counts them).',
  whenToUse:
    'Answers formatted as a list of a fixed or bounded length ("give 3 options"); IFEval number_bullet_lists.',
  whenNotToUse:
    'Numbered lists (use regex) or prose; note that a line starting with `-` (a negative number, `---`) counts too.',
  params: z.strictObject(boundsShape).superRefine(refineBounds),
  run(output, params) {
    return checkBounds(countBullets(output), params, 'bullet points');
  },
});
