import { z } from 'zod';
import { defineCheck } from '../../core/check.js';
import { boundsShape, checkBounds, refineBounds } from '../bounds.js';
import { strip } from '../text/python-text.js';

/**
 * Counts non-empty `*highlighted*` spans on one line, plus `**bold**` spans, as IFEval does (its
 * single-star scan sees `**bold**` only as two empty `**` pairs, so bold is counted separately).
 */
export function countHighlights(output: string): number {
  let count = 0;
  for (const match of output.matchAll(/\*[^\n*]*\*/g)) {
    if (strip(match[0].slice(1, -1)) !== '') count++;
  }
  for (const match of output.matchAll(/\*\*[^\n*]*\*\*/g)) {
    if (strip(match[0].slice(2, -2)) !== '') count++;
  }
  return count;
}

/** The output highlights a bounded number of sections with markdown emphasis. */
export const highlightedSectionsCheck = defineCheck({
  id: 'highlighted_sections',
  category: 'format',
  summary: 'The output has min/max/exactly n non-empty *highlighted* spans (markdown emphasis on one line).',
  whenToUse: 'Answers that must emphasise key points; IFEval number_highlighted_sections.',
  whenNotToUse: 'Plain-text channels (use no_markdown); headings (use section_count).',
  params: z.strictObject(boundsShape).superRefine(refineBounds),
  run(output, params) {
    return checkBounds(countHighlights(output), params, 'highlighted sections');
  },
});
