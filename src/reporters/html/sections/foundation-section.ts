import type { FoundationQuestion } from '../../../core/report/report.js';
import { escapeHtml } from '../escape.js';
import { renderGenericValue } from '../generic-value.js';
import { countsHtml, differenceHtml, rateHtml, section } from '../html-format.js';
import { otherFields, questionHead } from './question-parts.js';

/** Q4: is there a retrieval (foundation) problem underneath? Hit-vs-miss accuracy and retrieval metrics. */
export function foundationSection(question: FoundationQuestion, figure: string): string {
  const parts = [
    `<p class="eyebrow">Q4 · Is there a foundation problem underneath?</p>`,
    questionHead(question),
  ];
  if (question.status !== 'not_assessed') {
    const rows: string[] = [];
    const rate = (label: string, value: unknown, note: string, difference = false) => {
      if (typeof value !== 'object' || value === null || !('value' in value)) return;
      const estimate = value as { value: number; low: number; high: number; k?: number; n?: number };
      const figure = difference ? differenceHtml(estimate) : `${rateHtml(estimate)}${countsHtml(estimate)}`;
      rows.push(
        `<tr><th scope="row">${escapeHtml(label)}</th><td class="number">${figure}</td><td class="note">${escapeHtml(note)}</td></tr>`,
      );
    };
    rate(
      'Accuracy, gold passage in the prompt',
      question.accuracyGoldPresent,
      'lenient accuracy on items whose gold passage was retrieved',
    );
    rate(
      'Accuracy, gold passage missing',
      question.accuracyGoldMissing,
      'lenient accuracy on items whose gold passage never reached the prompt',
    );
    rate('Gap (present − missing)', question.gap, 'accuracy points, with a Newcombe interval', true);
    rate(
      'Failures with the gold passage missing',
      question.goldMissingShareOfFailures,
      `FIX_FOUNDATION when at least ${(question.threshold * 100).toFixed(0)}% and the gap is significant`,
    );
    const pValue =
      typeof question.pValue === 'number'
        ? `<p class="muted">Fisher exact test of the hit/miss difference: p = ${question.pValue.toPrecision(2)}</p>`
        : '';
    parts.push(
      `<div class="stack">${figure ? `<figure>${figure}</figure>` : ''}<div><div class="table-wrap"><table><tbody>${rows.join('')}</tbody></table></div>${pValue}</div></div>`,
    );
    if ('details' in question && question.details && Object.keys(question.details).length > 0) {
      parts.push(`<h3>Retrieval metrics and eval-set hygiene</h3>${renderGenericValue(question.details)}`);
    }
  }
  parts.push(
    otherFields(question, [
      'goldMissingShareOfFailures',
      'accuracyGoldPresent',
      'accuracyGoldMissing',
      'gap',
      'pValue',
      'threshold',
      'details',
    ]),
  );
  return section('foundation', 'Retrieval foundation', parts.join('\n'));
}
