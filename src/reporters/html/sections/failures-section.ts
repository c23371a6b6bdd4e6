import { itemClasses } from '../../../core/report/item-result.js';
import type { Report } from '../../../core/report/report.js';
import { wilson } from '../../../stats/wilson.js';
import { classLabels } from '../charts/class-strip-chart.js';
import { escapeHtml } from '../escape.js';
import { countsHtml, liftHtml, rateHtml, section } from '../html-format.js';
import { otherFields, questionHead } from './question-parts.js';

/** The SVGs of the failures section (empty strings when there is nothing to draw). */
export interface FailureFigures {
  classes: string;
  categories: string;
  checks: string;
}

const classMeanings: Record<string, string> = {
  pass: 'strictly correct and within the contract',
  surface: 'right in content, wrong in form: a prompt or parsing fix',
  behavioral: 'wrong in content, contract met',
  mixed: 'wrong in content and contract broken',
};

/** Q1: items by class, failures by check category, pass rates by check. */
export function failuresSection(report: Report, figures: FailureFigures): string {
  const { summary } = report;
  const surface = report.questions.surface;
  const alpha = report.thresholds.alpha ?? 0.05;
  const classRows = itemClasses
    .map((name) => {
      const share = wilson(summary.classes[name], summary.items, alpha);
      return `<tr><th scope="row"><span class="swatch swatch-${name}" aria-hidden="true"></span>${classLabels[name]}</th><td class="number">${summary.classes[name].toLocaleString('en-US')}</td><td class="number">${rateHtml(share)}</td><td class="note">${classMeanings[name]}</td></tr>`;
    })
    .join('');
  const foundationRow = `<tr><th scope="row"><span class="swatch swatch-foundation" aria-hidden="true"></span>Foundation-flagged</th><td class="number">${summary.foundationItems.toLocaleString('en-US')}</td><td class="number">${rateHtml(wilson(summary.foundationItems, summary.items, alpha))}</td><td class="note">behavioral or mixed failures whose gold passage never reached the prompt</td></tr>`;
  const repair = surface.measuredRepairLift
    ? `<p>Measured prompt-repair lift: ${liftHtml(surface.measuredRepairLift)} <span class="muted">p = ${surface.measuredRepairLift.pValue.toPrecision(2)}</span></p>`
    : '';
  const checkTable =
    report.checks.length === 0
      ? '<p class="muted">No contract checks in this project.</p>'
      : `<div class="table-wrap"><table><thead><tr><th scope="col">Check</th><th scope="col">Category</th><th scope="col" class="number">Items</th><th scope="col" class="number">Pass (strict)</th><th scope="col" class="number">Pass (loose)</th></tr></thead><tbody>${report.checks
          .map(
            (check) =>
              `<tr><th scope="row"><code>${escapeHtml(check.check)}</code></th><td>${escapeHtml(check.category)}</td><td class="number">${check.applied.toLocaleString('en-US')}</td><td class="number">${rateHtml(check.passRate)}${countsHtml(check.passRate)}</td><td class="number">${rateHtml(check.passRateLoose)}</td></tr>`,
          )
          .join('')}</tbody></table></div>`;
  const content = `<p class="eyebrow">Q1 · Is the gap surface-level or behavioral?</p>
${questionHead(surface)}
<dl class="facts"><div><dt>Failing items</dt><dd><span class="figure">${surface.failures.toLocaleString('en-US')}</span></dd></div><div><dt>Surface share of failures</dt><dd>${rateHtml(surface.surfaceShare)}${countsHtml(surface.surfaceShare)}</dd></div><div><dt>FIX_PROMPT threshold</dt><dd>${(surface.threshold * 100).toFixed(0)}%</dd></div></dl>
${repair}
<figure class="figure-strip">${figures.classes}</figure>
<div class="table-wrap"><table class="class-table"><thead><tr><th scope="col">Class</th><th scope="col" class="number">Items</th><th scope="col" class="number">Share (95% CI)</th><th scope="col">Meaning</th></tr></thead><tbody>${classRows}${foundationRow}</tbody></table></div>
<h3>Failures by check category</h3>
${figures.categories ? `<figure class="figure-small">${figures.categories}</figure>` : '<p class="muted">No failing item broke a contract check.</p>'}
<h3>Pass rate by contract check</h3>
<div class="stack">${figures.checks ? `<figure>${figures.checks}</figure>` : ''}<div>${checkTable}</div></div>
${otherFields(surface, ['failures', 'surfaceShare', 'threshold', 'byCategory', 'measuredRepairLift'])}`;
  return section('failures', 'Failures by class, category and check', content);
}
