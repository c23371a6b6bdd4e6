import { escapeHtml } from './escape.js';
import { renderGenericValue } from './generic-value.js';
import { pill } from './html-format.js';

/** A finding as report.json carries it (src/core/finding.ts). */
export interface FindingLike {
  code: string;
  severity: string;
  message: string;
  rows: number[];
  rowCount: number;
  evidence: Record<string, unknown>;
}

const severityTones: Record<string, string> = { error: 'bad', warning: 'warn', info: 'neutral' };
const severityOrder: Record<string, number> = { error: 0, warning: 1, info: 2 };

/** How many findings the table lists (the rest are counted). */
export const findingLimit = 200;

function findingRow(finding: FindingLike): string {
  const rows =
    finding.rows.length === 0
      ? '<span class="muted">—</span>'
      : `${finding.rows.slice(0, 12).join(', ')}${finding.rowCount > Math.min(12, finding.rows.length) ? ` <span class="muted">… ${finding.rowCount.toLocaleString('en-US')} in all</span>` : ''}`;
  const evidence =
    Object.keys(finding.evidence).length === 0
      ? ''
      : `<details class="evidence"><summary>Evidence and example rows</summary>${renderGenericValue(finding.evidence)}</details>`;
  return `<tr><td>${pill(finding.severity, severityTones[finding.severity] ?? 'neutral')}</td><td><code>${escapeHtml(finding.code)}</code></td><td>${escapeHtml(finding.message)}${evidence}</td><td class="number">${finding.rowCount.toLocaleString('en-US')}</td><td class="rows">${rows}</td></tr>`;
}

/** True when every entry of `values` has the shape of a finding (code, severity, message, rowCount). */
export function areFindings(values: readonly unknown[]): values is FindingLike[] {
  return (
    values.length > 0 &&
    values.every((value) => {
      if (typeof value !== 'object' || value === null) return false;
      const record = value as Record<string, unknown>;
      return (
        typeof record.code === 'string' &&
        typeof record.severity === 'string' &&
        typeof record.message === 'string' &&
        typeof record.rowCount === 'number'
      );
    })
  );
}

/** Findings as a table, errors first then by rows affected, each with its evidence and example rows folded. */
export function findingsTable(findings: readonly FindingLike[]): string {
  const sorted = [...findings].sort(
    (a, b) => (severityOrder[a.severity] ?? 3) - (severityOrder[b.severity] ?? 3) || b.rowCount - a.rowCount,
  );
  const shown = sorted.slice(0, findingLimit);
  const more =
    sorted.length > shown.length
      ? `<p class="table-note">… ${(sorted.length - shown.length).toLocaleString('en-US')} more findings in report.json</p>`
      : '';
  return `<div class="table-wrap"><table class="findings"><thead><tr><th scope="col">Severity</th><th scope="col">Code</th><th scope="col">Finding</th><th scope="col" class="number">Rows</th><th scope="col">Example rows</th></tr></thead><tbody>${shown.map(findingRow).join('')}</tbody></table></div>${more}`;
}
