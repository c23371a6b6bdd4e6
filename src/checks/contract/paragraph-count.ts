import { z } from 'zod';
import { defineCheck } from '../../core/check.js';
import { boundsShape, checkBounds, refineBounds } from '../bounds.js';
import { isBlank, whitespaceClass } from '../text/python-text.js';

const divider = new RegExp(`[${whitespaceClass}]?\\*\\*\\*[${whitespaceClass}]?`);

/**
 * Paragraphs separated by the markdown divider `***`, as IFEval number_paragraphs counts them:
 * an empty first or last part is not a paragraph; an empty part between two dividers makes the
 * count undefined (returned as undefined).
 */
export function countDividerParagraphs(output: string): number | undefined {
  const parts = output.split(divider);
  let count = parts.length;
  for (const [index, part] of parts.entries()) {
    if (!isBlank(part)) continue;
    if (index === 0 || index === parts.length - 1) count--;
    else return undefined;
  }
  return count;
}

/** Paragraphs separated by blank lines (`\n\n`), blank ones not counted (IFEval nth_paragraph_first_word). */
export function blankLineParagraphs(output: string): string[] {
  return output.split('\n\n');
}

/** The output has a given number of paragraphs. */
export const paragraphCountCheck = defineCheck({
  id: 'paragraph_count',
  category: 'structure',
  summary:
    'The output has min/max/exactly n paragraphs, separated by blank lines, or with separator: divider by *** lines (IFEval number_paragraphs).',
  whenToUse: 'Essays, e-mails and answers with a required number of paragraphs.',
  whenNotToUse: 'Lists (use bullet_count); headed sections (use section_count).',
  params: z
    .strictObject({
      ...boundsShape,
      separator: z
        .enum(['blank_line', 'divider'])
        .default('blank_line')
        .describe('blank_line: paragraphs are separated by an empty line; divider: by a *** line.'),
    })
    .superRefine(refineBounds),
  run(output, params) {
    if (params.separator === 'divider') {
      const count = countDividerParagraphs(output);
      if (count === undefined) return { pass: false, detail: 'an empty paragraph between two *** dividers' };
      return checkBounds(count, params, 'paragraphs');
    }
    const count = blankLineParagraphs(output).filter((paragraph) => !isBlank(paragraph)).length;
    return checkBounds(count, params, 'paragraphs');
  },
});
