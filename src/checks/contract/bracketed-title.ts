import { z } from 'zod';
import { defineCheck } from '../../core/check.js';
import { strip } from '../text/python-text.js';

/** The output has a title in double angular brackets. */
export const bracketedTitleCheck = defineCheck({
  id: 'bracketed_title',
  category: 'structure',
  summary:
    'The output has a non-empty title wrapped in double angular brackets on one line, such as <<Poem of Joy>>.',
  whenToUse: 'Generated documents whose title is extracted by a parser; IFEval detectable_format:title.',
  whenNotToUse: 'Markdown titles (use section_count or regex "^# ").',
  params: z.strictObject({}),
  run(output) {
    for (const match of output.matchAll(/<<[^\n]+>>/g)) {
      if (strip(match[0].replace(/^<+/, '').replace(/>+$/, '')) !== '') return { pass: true };
    }
    return { pass: false, detail: 'no <<title>> found' };
  },
});
