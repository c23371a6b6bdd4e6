import type { CostQuestion, Report } from '../../../core/report/report.js';
import { escapeHtml } from '../escape.js';
import { renderGenericValue } from '../generic-value.js';
import { costHtml, dollars, kindBadge, liftHtml, proseHtml, section } from '../html-format.js';
import { otherFields, questionHead } from './question-parts.js';

/** Q3: is the improvement worth the cost? Cost against expected lift for each action of the plan. */
export function costSection(question: CostQuestion, verdict: Report['verdict'], figure: string): string {
  const parts = [`<p class="eyebrow">Q3 · Is the improvement worth the cost?</p>`, questionHead(question)];
  if (question.status !== 'not_assessed') {
    const facts: string[] = [];
    if (typeof question.fineTuneCostUsd === 'number')
      facts.push(
        `<div><dt>Fine-tuning, one-off</dt><dd><span class="figure">${dollars(question.fineTuneCostUsd)}</span></dd></div>`,
      );
    if ('paybackMonths' in question)
      facts.push(
        `<div><dt>Pays back in</dt><dd>${question.paybackMonths === null ? 'never' : `<span class="figure">${question.paybackMonths.toLocaleString('en-US', { maximumFractionDigits: 1 })}</span> months`}</dd></div>`,
      );
    if (facts.length > 0) parts.push(`<dl class="facts">${facts.join('')}</dl>`);
  }
  const rows = verdict.actions
    .map(
      (action, index) =>
        `<tr><td class="number">${index + 1}</td><th scope="row">${proseHtml(action.title)}</th><td class="number">${action.expectedLift ? `${liftHtml(action.expectedLift)} ${kindBadge(action.expectedLift.kind)}` : '<span class="muted">—</span>'}</td><td>${costHtml(action.cost)}</td></tr>`,
    )
    .join('');
  if (verdict.actions.length > 0) {
    parts.push(
      `<h3>Cost against expected lift, per action</h3><div class="stack">${figure ? `<figure>${figure}</figure>` : ''}<div><div class="table-wrap"><table><thead><tr><th scope="col" class="number">#</th><th scope="col">Action</th><th scope="col" class="number">Expected lift</th><th scope="col">Cost</th></tr></thead><tbody>${rows}</tbody></table></div></div></div>`,
    );
  }
  if (question.status !== 'not_assessed') {
    if ('details' in question && question.details && Object.keys(question.details).length > 0) {
      parts.push(`<h3>Breakdown</h3>${renderGenericValue(question.details)}`);
    }
  }
  parts.push(otherFields(question, ['paybackMonths', 'fineTuneCostUsd', 'details', 'actionCosts']));
  return section('cost', 'Cost and payback', parts.join('\n'));
}
