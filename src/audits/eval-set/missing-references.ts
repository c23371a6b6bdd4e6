import type { EvalCase } from '../../core/eval-case.js';
import type { JsonValue } from '../../core/json.js';
import { type EvalSetAudit, itemsFinding } from './eval-set-audit.js';

function isEmpty(reference: JsonValue | undefined): boolean {
  if (reference === undefined || reference === null) return true;
  if (typeof reference === 'string') return reference.trim() === '';
  if (Array.isArray(reference)) return reference.length === 0;
  if (typeof reference === 'object') return Object.keys(reference).length === 0;
  return false;
}

/**
 * `missing_reference`: items whose reference is empty ("", [], {}), or absent while other items have
 * one. (A project whose scorer needs no reference has none anywhere, and that is not flagged.)
 */
export const missingReferences: EvalSetAudit = {
  code: 'missing_reference',
  summary: 'Items with an empty reference, or none while other items have one.',
  limits: 'items without a usable reference can never be scored correct, so accuracy is understated',
  run(cases) {
    const anyReference = cases.some((evalCase) => !isEmpty(evalCase.reference));
    const flagged: { evalCase: EvalCase; example: string }[] = [];
    for (const evalCase of cases) {
      if (evalCase.reference === undefined) {
        if (anyReference) flagged.push({ evalCase, example: 'no reference' });
      } else if (isEmpty(evalCase.reference)) {
        flagged.push({ evalCase, example: `empty reference ${JSON.stringify(evalCase.reference)}` });
      }
    }
    return itemsFinding(
      'missing_reference',
      flagged,
      (count) => `${count} eval item(s) have a missing or empty reference`,
    );
  },
};
