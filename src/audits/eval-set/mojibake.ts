import { referenceText } from '../../checks/scorers/reference-text.js';
import type { EvalCase } from '../../core/eval-case.js';
import { type EvalSetAudit, itemsFinding, quote } from './eval-set-audit.js';
import { shownInput } from './same-input-groups.js';

/**
 * UTF-8 read as Latin-1 or Windows-1252 turns "é" into "Ã©" and "’" into "â€™": a lead byte shown as
 * Ã, Â or â followed by a continuation byte shown as a Latin-1 or CP1252 character. U+FFFD is the mark
 * of bytes already lost.
 */
const mojibakePattern =
  /[\u00C3\u00C2][\u0080-\u00BF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013\u2014\u2018-\u201E\u2020-\u2022\u2026\u2030\u2039\u203A\u20AC\u2122]|\u00E2\u20AC[\u0080-\u00BF\u0153\u2018-\u201E\u2020-\u2022\u2026\u2122]?|\uFFFD/;

/** `mojibake`: inputs or references with text decoded in the wrong encoding ("Ã©", "â€™", U+FFFD). */
export const mojibake: EvalSetAudit = {
  code: 'mojibake',
  summary: 'Inputs or references garbled by a wrong text encoding ("Ã©", "â€™", U+FFFD).',
  limits: 'garbled text can make correct outputs fail to match their reference',
  run(cases) {
    const flagged: { evalCase: EvalCase; example: string }[] = [];
    for (const evalCase of cases) {
      for (const [where, text] of [
        ['input', shownInput(evalCase)],
        ['reference', referenceText(evalCase.reference)],
      ] as const) {
        const match = mojibakePattern.exec(text);
        if (match === null) continue;
        const start = Math.max(0, match.index - 15);
        flagged.push({ evalCase, example: `${where} ${quote(text.slice(start, match.index + 15), 40)}` });
        break;
      }
    }
    return itemsFinding(
      'mojibake',
      flagged,
      (count) => `${count} item(s) show mojibake (text decoded with the wrong encoding)`,
    );
  },
};
