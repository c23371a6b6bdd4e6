import type { Finding } from '../../core/finding.js';
import { type EvalSetAudit, quote, shownRows } from './eval-set-audit.js';
import { referenceKey, sameInputGroups, shownInput } from './same-input-groups.js';

/**
 * `duplicate_input`: items with the same input (after case and whitespace normalisation) and the same
 * reference. Each copy counts as a separate item, so n is overstated and intervals are too narrow.
 */
export const duplicateInputs: EvalSetAudit = {
  code: 'duplicate_input',
  summary: 'Items with the same input and the same reference (after case/whitespace normalisation).',
  limits: 'duplicates count twice, so n is overstated and every interval is somewhat too narrow',
  run(cases) {
    const groups = sameInputGroups(cases).filter(
      (group) => new Set(group.map((evalCase) => referenceKey(evalCase.reference))).size === 1,
    );
    if (groups.length === 0) return [];
    const extra = groups.reduce((sum, group) => sum + group.length - 1, 0);
    const rows = groups.flatMap((group) => group.map((evalCase) => evalCase.line));
    const finding: Finding = {
      code: 'duplicate_input',
      severity: 'warning',
      message: `${extra} eval item(s) repeat another item's input and reference (${groups.length} group(s); e.g. lines ${groups[0]!.map((evalCase) => evalCase.line).join(', ')}: ${quote(shownInput(groups[0]![0]!))})`,
      rows: rows.slice(0, shownRows),
      rowCount: rows.length,
      evidence: {
        groups: groups.slice(0, shownRows).map((group) => group.map((evalCase) => evalCase.id)),
        extraItems: extra,
      },
    };
    return [finding];
  },
};
