import type { DataQuestion } from '../../../core/report/report.js';
import { escapeHtml } from '../escape.js';
import { renderGenericValue } from '../generic-value.js';
import { pill, section } from '../html-format.js';
import { otherFields, questionHead } from './question-parts.js';

/** A data finding as report.json carries it (src/core/finding.ts). */
interface FindingLike {
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

/** Q2: is the training data clean enough to fine-tune on? Findings with their evidence and example rows. */
export function dataSection(question: DataQuestion): string {
  const parts = [
    `<p class="eyebrow">Q2 · Is the training data ready to fine-tune on?</p>`,
    questionHead(question),
  ];
  const known = ['reasons', 'file', 'format', 'rows', 'summary', 'findings'];
  if (question.status !== 'not_assessed') {
    const facts: string[] = [];
    if ('file' in question)
      facts.push(`<div><dt>File</dt><dd><code>${escapeHtml(String(question.file))}</code></dd></div>`);
    if ('format' in question)
      facts.push(`<div><dt>Format</dt><dd>${escapeHtml(String(question.format))}</dd></div>`);
    if ('rows' in question && typeof question.rows === 'number')
      facts.push(
        `<div><dt>Rows</dt><dd><span class="figure">${question.rows.toLocaleString('en-US')}</span></dd></div>`,
      );
    if (facts.length > 0) parts.push(`<dl class="facts">${facts.join('')}</dl>`);
    const reasons =
      'reasons' in question && Array.isArray(question.reasons) ? (question.reasons as string[]) : [];
    if (reasons.length > 0)
      parts.push(
        `<ul class="reasons-list">${reasons.map((reason) => `<li>${escapeHtml(reason)}</li>`).join('')}</ul>`,
      );
    const findings =
      'findings' in question && Array.isArray(question.findings) ? (question.findings as FindingLike[]) : [];
    if (findings.length > 0) {
      const sorted = [...findings].sort(
        (a, b) =>
          (severityOrder[a.severity] ?? 3) - (severityOrder[b.severity] ?? 3) || b.rowCount - a.rowCount,
      );
      const shown = sorted.slice(0, findingLimit);
      const more =
        sorted.length > shown.length
          ? `<p class="table-note">… ${(sorted.length - shown.length).toLocaleString('en-US')} more findings in report.json</p>`
          : '';
      parts.push(
        `<h3>Findings</h3><div class="table-wrap"><table class="findings"><thead><tr><th scope="col">Severity</th><th scope="col">Code</th><th scope="col">Finding</th><th scope="col" class="number">Rows</th><th scope="col">Example rows</th></tr></thead><tbody>${shown.map(findingRow).join('')}</tbody></table></div>${more}`,
      );
    } else if ('summary' in question) {
      parts.push(`<h3>Findings by code</h3>${renderGenericValue(question.summary)}`);
    }
    parts.push(otherFields(question, known));
  }
  return section('data', 'Training data', parts.join('\n'));
}
