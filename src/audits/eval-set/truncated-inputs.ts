import type { EvalCase } from '../../core/eval-case.js';
import { type EvalSetAudit, itemsFinding, quote } from './eval-set-audit.js';
import { shownInput } from './same-input-groups.js';

/** Field sizes at which exports and databases commonly cut text. */
const commonLimits = new Set([
  255, 256, 500, 512, 1000, 1024, 2000, 2048, 4000, 4096, 8000, 8192, 16384, 32767, 32768,
]);
const truncationMarker = /(?:\.\.\.|\u2026|\[(?:truncated|cut)\]|\((?:truncated|cut)\))\s*$/i;

/**
 * `truncated_input`: inputs that look cut: ending in an ellipsis or a "[truncated]" marker, or hitting
 * a ceiling — the longest inputs of the set, at least 3 of them, all exactly one common field size
 * (255, 512, 1024, … characters) and ending mid-text. A single input of 255 characters is normal; many
 * stopping at the same field size is what an export that cuts text leaves behind.
 */
export const truncatedInputs: EvalSetAudit = {
  code: 'truncated_input',
  summary: 'Inputs that look cut off (trailing "…"/"[truncated]", or many stopping at the same field size).',
  limits: 'a cut input may lack what the answer needs, so failures on those items may not be the model’s',
  run(cases) {
    const texts = cases.map((evalCase) => shownInput(evalCase));
    const longest = Math.max(0, ...texts.map((text) => text.length));
    const atCeiling = texts.filter((text) => text.length === longest).length;
    const ceiling = commonLimits.has(longest) && atCeiling >= 3 ? longest : undefined;
    const flagged: { evalCase: EvalCase; example: string }[] = [];
    cases.forEach((evalCase, index) => {
      const text = texts[index]!;
      const tail = quote(text.slice(-30), 32);
      if (truncationMarker.test(text)) flagged.push({ evalCase, example: `ends ${tail}` });
      else if (text.length === ceiling && /[\p{L}\p{N},;:]$/u.test(text))
        flagged.push({
          evalCase,
          example: `one of ${atCeiling} inputs stopping at exactly ${text.length} characters, ends ${tail}`,
        });
    });
    return itemsFinding('truncated_input', flagged, (count) => `${count} input(s) look truncated`);
  },
};
