import { z } from 'zod';
import { defineCheck } from '../../core/check.js';
import { boundsShape, checkBounds, refineBounds } from '../bounds.js';
import { digitClass, escapeRegExp, strip, whitespaceClass } from '../text/python-text.js';

const heading = /^[ \t]{0,3}#{1,6}[ \t]+\S/gm;

/** The output has a given number of sections. */
export const sectionCountCheck = defineCheck({
  id: 'section_count',
  category: 'structure',
  summary:
    'The output has min/max/exactly n sections: markdown headings, or with `splitter` markers such as "Section 1", "SECTION 2" (IFEval multiple_sections).',
  whenToUse: 'Reports, plans or e-mails with a required number of parts.',
  whenNotToUse: 'Paragraph counts (use paragraph_count); list lengths (use bullet_count).',
  params: z
    .strictObject({
      ...boundsShape,
      splitter: z
        .string()
        .min(1)
        .optional()
        .describe(
          'Word that starts each section, followed by its number ("Section" → "Section 1"). Default: markdown headings.',
        ),
    })
    .superRefine(refineBounds),
  compile(params) {
    const pattern =
      params.splitter === undefined
        ? heading
        : new RegExp(
            `[${whitespaceClass}]?${escapeRegExp(strip(params.splitter))}[${whitespaceClass}]?[${digitClass}]+[${whitespaceClass}]?`,
            'gu',
          );
    return {
      ...params,
      pattern,
      unit: params.splitter === undefined ? 'headings' : `"${strip(params.splitter)} N" sections`,
    };
  },
  run(output, compiled) {
    return checkBounds(output.match(compiled.pattern)?.length ?? 0, compiled, compiled.unit);
  },
});
