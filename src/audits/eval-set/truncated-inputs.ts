import type { EvalCase } from '../../core/eval-case.js';
import { type EvalSetAudit, itemsFinding, quote } from './eval-set-audit.js';
import { shownInput } from './same-input-groups.js';

/** Field sizes at which exports and databases commonly cut text. */
const commonLimits = new Set([
  255, 256, 500, 512, 1000, 1024, 2000, 2048, 4000, 4096, 8000, 8192, 16384, 32767, 32768,
]);
const truncationMarker = /(?:\.\.\.|…|\[(?:truncated|cut)\]|\((?:truncated|cut)\))\s*$/i;

/**
 * `truncated_input`: inputs that look cut: ending in an ellipsis or a "[truncated]" marker, or exactly
 * as long as a common field limit (255, 512, 1024, … characters) and ending mid-word.
 */
export const truncatedInputs: EvalSetAudit = {
  code: 'truncated_input',
  summary: 'Inputs that look cut off (trailing "…"/"[truncated]", or exactly a common field length).',
  limits: 'a cut input may lack what the answer needs, so failures on those items may not be the model’s',
  run(cases) {
    const flagged: { evalCase: EvalCase; example: string }[] = [];
    for (const evalCase of cases) {
      const text = shownInput(evalCase);
      const tail = quote(text.slice(-30), 32);
      if (truncationMarker.test(text)) flagged.push({ evalCase, example: `ends ${tail}` });
      else if (commonLimits.has(text.length) && /[\p{L}\p{N}]$/u.test(text))
        flagged.push({ evalCase, example: `exactly ${text.length} characters, ends ${tail}` });
    }
    return itemsFinding('truncated_input', flagged, (count) => `${count} input(s) look truncated`);
  },
};
