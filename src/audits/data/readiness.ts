import { toleranceOf } from '../../core/audit-tolerances.js';
import type { AuditSettings } from '../../core/config-audit.js';
import type { Finding, Severity } from '../../core/finding.js';
import { rowsText } from './shared/findings.js';

/** One reason the set is not ready (or a warning), with the figures behind it. */
export interface ReadinessReason {
  code: string;
  severity: Severity;
  /** Distinct rows affected. */
  rows: number;
  /** rows / all rows read. */
  share: number;
  /** The share tolerated before this code blocks readiness; null when it never blocks by share. */
  tolerance: number | null;
  text: string;
}

/** ready when no finding is an error; the reasons ranked by impact. */
export interface Readiness {
  status: 'ready' | 'not_ready';
  reasons: ReadinessReason[];
  rule: string;
}

/** The order of data.md's checklist, used to break ties between equally large reasons. */
const checklistOrder = [
  'format_error',
  'too_few_examples',
  'too_long',
  'missing_role',
  'empty_target',
  'placeholder',
  'exact_duplicate',
  'near_duplicate',
  'conflicting_targets',
  'class_imbalance',
  'refusal_boilerplate',
  'length_outlier',
  'artifact',
  'missing_context',
  'language_mismatch',
  'pii',
  'eval_leakage',
  'contract_violation_in_target',
];

/** How each code's rows are described in a reason. */
const phrases: Record<string, string> = {
  format_error: 'are not valid training examples',
  too_long: 'are longer than the context limit',
  missing_role: 'lack a user or the usual system message',
  empty_target: 'have an empty target',
  placeholder: 'have a placeholder target',
  exact_duplicate: 'repeat an earlier row exactly',
  near_duplicate: 'nearly repeat an earlier row',
  conflicting_targets: 'have contradicting targets for the same prompt',
  refusal_boilerplate: 'refuse or carry AI boilerplate',
  length_outlier: 'have near-empty or outlying targets',
  artifact: 'carry leftover artefacts',
  missing_context: 'refer to a URL, image or attachment the example lacks',
  language_mismatch: 'answer in another language than the prompt',
  pii: 'contain personal data or secrets',
  eval_leakage: 'contain eval items (the eval would measure memorisation)',
  contract_violation_in_target: 'break the output contract',
};

/** The rule, as printed in reports. */
export const readinessRule =
  'not_ready when any finding is an error. A code becomes an error when the share of rows it affects exceeds its tolerance (audit.tolerance; 0 for format errors, empty and placeholder targets and eval leakage), or on its own (fewer than 10 examples; a secret, card number or IBAN). Reasons are ranked errors first, then by rows affected, then in checklist order.';

const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Applies the tolerances (a warning becomes an error when its code's share of rows exceeds the
 * tolerance) and ranks the reasons. Pure: findings in, adjusted findings and readiness out.
 */
export function decideReadiness(
  findings: readonly Finding[],
  affected: ReadonlyMap<string, number>,
  totalRows: number,
  settings: AuditSettings,
): { findings: Finding[]; readiness: Readiness } {
  const byCode = new Map<string, Finding[]>();
  for (const finding of findings) {
    const list = byCode.get(finding.code) ?? [];
    list.push(finding);
    byCode.set(finding.code, list);
  }
  const adjusted: Finding[] = [];
  const reasons: ReadinessReason[] = [];
  for (const [code, list] of byCode) {
    const counted = list.filter((finding) => finding.severity !== 'info');
    const rows = Math.min(
      totalRows,
      affected.get(code) ?? counted.reduce((sum, finding) => sum + finding.rowCount, 0),
    );
    const share = totalRows > 0 ? rows / totalRows : 0;
    const tolerance = toleranceOf(settings, code);
    const escalate = tolerance !== undefined && rows > 0 && share > tolerance;
    for (const finding of list) {
      adjusted.push(escalate && finding.severity === 'warning' ? { ...finding, severity: 'error' } : finding);
    }
    if (counted.length === 0) continue;
    const severity: Severity =
      escalate || counted.some((finding) => finding.severity === 'error') ? 'error' : 'warning';
    const percent = `${(share * 100).toFixed(share < 0.001 && share > 0 ? 2 : 1)}%`;
    const toleranceText =
      tolerance === undefined
        ? ''
        : tolerance === 0
          ? '; none tolerated'
          : `; tolerated up to ${(tolerance * 100).toFixed(1)}%`;
    const text =
      phrases[code] === undefined || rows === 0
        ? `${code}: ${counted[0]!.message}`
        : `${code}: ${rowsText(rows, `(${percent}) ${phrases[code]}`)}${toleranceText}`;
    reasons.push({ code, severity, rows, share, tolerance: tolerance ?? null, text });
  }
  reasons.sort(
    (a, b) =>
      rank[a.severity] - rank[b.severity] ||
      b.rows - a.rows ||
      checklistOrder.indexOf(a.code) - checklistOrder.indexOf(b.code),
  );
  const order = new Map(reasons.map((reason, index) => [reason.code, index]));
  adjusted.sort(
    (a, b) =>
      rank[a.severity] - rank[b.severity] ||
      (order.get(a.code) ?? 99) - (order.get(b.code) ?? 99) ||
      (a.rows[0] ?? 0) - (b.rows[0] ?? 0),
  );
  const status = adjusted.some((finding) => finding.severity === 'error') ? 'not_ready' : 'ready';
  return { findings: adjusted, readiness: { status, reasons, rule: readinessRule } };
}
