import { referenceText } from '../../checks/scorers/reference-text.js';
import type { Finding } from '../../core/finding.js';
import { type EvalSetAudit, quote, shownRows } from './eval-set-audit.js';
import { referenceKey, sameInputGroups, shownInput } from './same-input-groups.js';

/**
 * `contradictory_reference`: items with the same input but different references. At most one of
 * them can be right for a deterministic model, so measured accuracy is capped below 100% by labels.
 */
export const contradictoryReferences: EvalSetAudit = {
  code: 'contradictory_reference',
  summary: 'Items with the same input but different references.',
  limits:
    'items with contradictory references cannot all be scored correct, so accuracy is understated by label noise',
  run(cases) {
    const groups = sameInputGroups(cases).filter(
      (group) =>
        new Set(group.map((evalCase) => referenceKey(evalCase.reference)).filter((key) => key !== undefined))
          .size > 1,
    );
    if (groups.length === 0) return [];
    const rows = groups.flatMap((group) => group.map((evalCase) => evalCase.line));
    const first = groups[0]!;
    const finding: Finding = {
      code: 'contradictory_reference',
      severity: 'warning',
      message: `${groups.length} input(s) appear with different references (${rows.length} items; e.g. ${quote(shownInput(first[0]!))} on lines ${first.map((evalCase) => evalCase.line).join(', ')}: ${first.map((evalCase) => quote(referenceText(evalCase.reference), 30)).join(' vs ')})`,
      rows: rows.slice(0, shownRows),
      rowCount: rows.length,
      evidence: {
        groups: groups.slice(0, shownRows).map((group) => group.map((evalCase) => evalCase.id)),
      },
    };
    return [finding];
  },
};
