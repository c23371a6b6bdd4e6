import type { EvalCase } from '../../core/eval-case.js';
import { type EvalSetAudit, itemsFinding, quote } from './eval-set-audit.js';
import { shownInput } from './same-input-groups.js';

const tagPattern =
  /<\/?(?:p|div|span|br|hr|a|b|i|u|em|strong|ul|ol|li|table|thead|tbody|tr|td|th|img|script|style|html|head|body|h[1-6]|font|center|section|article|nav|footer|header)\b[^<>]{0,200}>/i;
const entityPattern = /&(?:nbsp|amp|lt|gt|quot|apos|#\d{1,6}|#x[0-9a-f]{1,6});/i;

/**
 * `html_debris`: inputs holding HTML tags or character entities left over from scraping (`<br>`,
 * `&nbsp;`). Flagged for a look: a task that is about HTML may mean them.
 */
export const htmlDebris: EvalSetAudit = {
  code: 'html_debris',
  summary: 'Inputs with HTML tags or entities left over from scraping.',
  limits: 'markup in inputs is noise the model is scored on, so accuracy may be understated on those items',
  run(cases) {
    const flagged: { evalCase: EvalCase; example: string }[] = [];
    for (const evalCase of cases) {
      const text = shownInput(evalCase);
      const match = tagPattern.exec(text) ?? entityPattern.exec(text);
      if (match !== null) flagged.push({ evalCase, example: quote(match[0], 40) });
    }
    return itemsFinding('html_debris', flagged, (count) => `${count} input(s) contain HTML tags or entities`);
  },
};
