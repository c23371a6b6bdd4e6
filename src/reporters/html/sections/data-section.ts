import type { DataQuestion } from '../../../core/report/report.js';
import { escapeHtml } from '../escape.js';
import { areFindings, findingsTable } from '../findings-table.js';
import { renderGenericValue } from '../generic-value.js';
import { section } from '../html-format.js';
import { otherFields, questionHead } from './question-parts.js';

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
    const findings = 'findings' in question && Array.isArray(question.findings) ? question.findings : [];
    if (areFindings(findings)) {
      parts.push(`<h3>Findings</h3>${findingsTable(findings)}`);
    } else if ('summary' in question) {
      parts.push(`<h3>Findings by code</h3>${renderGenericValue(question.summary)}`);
    }
  }
  parts.push(otherFields(question, known));
  return section('data', 'Training data', parts.join('\n'));
}
