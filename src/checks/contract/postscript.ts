import { z } from 'zod';
import { defineCheck } from '../../core/check.js';
import { escapeRegExp, strip, whitespaceClass } from '../text/python-text.js';

/** Matches a marker case-insensitively; `P.S.` and `P.P.S` also with a space after each dot, as IFEval allows. */
function markerPattern(marker: string): RegExp {
  const space = `[${whitespaceClass}]?`;
  if (marker === 'P.P.S') return new RegExp(`p\\.${space}p\\.${space}s`, 'i');
  if (marker === 'P.S.') return new RegExp(`p\\.${space}s\\.`, 'i');
  return new RegExp(escapeRegExp(marker), 'i');
}

/** The output has a postscript. */
export const postscriptCheck = defineCheck({
  id: 'postscript',
  category: 'structure',
  summary:
    'The output contains a postscript marker such as "P.S." (case-insensitive), as IFEval postscript checks.',
  whenToUse: 'Letters and e-mails that must end with a postscript; IFEval postscript.',
  whenNotToUse: 'Checking what the output ends with (use ends_with).',
  params: z.strictObject({
    marker: z.string().min(1).default('P.S.').describe('The postscript marker, e.g. "P.S." or "P.P.S".'),
  }),
  compile(params) {
    return { marker: strip(params.marker), pattern: markerPattern(strip(params.marker)) };
  },
  run(output, compiled) {
    return compiled.pattern.test(output)
      ? { pass: true }
      : { pass: false, detail: `no postscript starting with ${JSON.stringify(compiled.marker)}` };
  },
});
