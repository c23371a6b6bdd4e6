import type {
  ActionEconomics,
  Assumption,
  CostLine,
  FineTuneEconomicsReport,
  PricesUsed,
} from '../../../core/report/cost-question.js';
import type { CostQuestion, Report } from '../../../core/report/report.js';
import { formatMonths } from '../../../cost/format-months.js';
import { actionKindLabels, type CostPoint } from '../charts/cost-chart.js';
import { escapeHtml } from '../escape.js';
import { formatNumber } from '../generic-value.js';
import { costHtml, dollars, kindBadge, liftHtml, pill, proseHtml, section } from '../html-format.js';
import { otherFields, questionHead } from './question-parts.js';

/** Every field Q3 may carry (answered, or not assessed with what could be priced). */
type Economics = Partial<Extract<CostQuestion, { status: 'pays_back' | 'does_not_pay_back' }>> & {
  status: string;
  reason: string;
};

const months = (value: number | null | undefined) =>
  value === null || value === undefined ? 'never' : `<span class="figure">${formatMonths(value)}</span>`;
const usdOrDash = (value: number | null | undefined) =>
  value === null || value === undefined ? '<span class="muted">—</span>' : dollars(value);

/** The actions to place on the cost chart: Q3's priced actions when it has them, else the plan's. */
export function costPoints(report: Report): CostPoint[] {
  const economics = report.questions.cost as Economics;
  if (Array.isArray(economics.actions) && economics.actions.length > 0) {
    return economics.actions
      .filter((action) => action.lift !== null)
      .map((action) => ({ kind: action.kind, usd: action.horizonUsd, lift: action.lift! }));
  }
  return report.verdict.actions
    .filter((action) => action.cost?.usd != null && action.expectedLift !== null)
    .map((action) => ({ kind: action.kind, usd: action.cost!.usd!, lift: action.expectedLift! }));
}

function linesTable(lines: readonly CostLine[]): string {
  if (lines.length === 0) return '';
  return `<div class="table-wrap"><table class="compact cost-lines"><tbody>${lines
    .map(
      (line) =>
        `<tr><th scope="row">${escapeHtml(line.label)}</th><td class="number">${dollars(line.usd)}</td><td class="note">${proseHtml(line.formula)}</td></tr>`,
    )
    .join('')}</tbody></table></div>`;
}

function actionsTable(actions: readonly ActionEconomics[], horizon: number | undefined): string {
  const rows = actions
    .map((action) => {
      const lift = action.lift
        ? `${liftHtml(action.lift)} ${kindBadge(action.lift.kind)}`
        : '<span class="muted">none on its own</span>';
      return `<tr><th scope="row">${escapeHtml(actionKindLabels[action.kind] ?? action.kind)}</th><td class="number">${lift}</td><td class="number">${dollars(action.oneOffUsd)}</td><td class="number">${usdOrDash(action.monthlyUsd)}</td><td class="number">${dollars(action.horizonUsd)}</td><td class="number">${formatNumber(action.hours)}</td><td class="number">${action.liftPointsPerThousandUsd === null ? '<span class="muted">—</span>' : formatNumber(action.liftPointsPerThousandUsd)}</td><td class="number">${months(action.paybackMonths)}</td></tr>`;
    })
    .join('');
  const breakdown = actions
    .map(
      (action) =>
        `<h4>${escapeHtml(actionKindLabels[action.kind] ?? action.kind)}</h4><p class="muted">${proseHtml(action.note)}</p>${linesTable(action.lines)}`,
    )
    .join('');
  return `<div class="table-wrap"><table class="cost-actions"><thead><tr><th scope="col">Action</th><th scope="col" class="number">Expected lift</th><th scope="col" class="number">One-off</th><th scope="col" class="number">Per month</th><th scope="col" class="number">Over ${horizon ?? '?'} months</th><th scope="col" class="number">Hours</th><th scope="col" class="number">Pts per $1k</th><th scope="col" class="number">Payback</th></tr></thead><tbody>${rows}</tbody></table></div>
<details class="evidence"><summary>How each cost was computed</summary>${breakdown}</details>`;
}

function planTable(verdict: Report['verdict']): string {
  const rows = verdict.actions
    .map(
      (action, index) =>
        `<tr><td class="number">${index + 1}</td><th scope="row">${proseHtml(action.title)}</th><td class="number">${action.expectedLift ? `${liftHtml(action.expectedLift)} ${kindBadge(action.expectedLift.kind)}` : '<span class="muted">—</span>'}</td><td>${costHtml(action.cost)}</td></tr>`,
    )
    .join('');
  return `<div class="table-wrap"><table><thead><tr><th scope="col" class="number">#</th><th scope="col">Action</th><th scope="col" class="number">Expected lift</th><th scope="col">Cost</th></tr></thead><tbody>${rows}</tbody></table></div>`;
}

function fineTuneBlock(fineTune: FineTuneEconomicsReport): string {
  const training = fineTune.training;
  const perRequest = fineTune.perRequest;
  const facts = [
    `<div><dt>Fine-tuned model</dt><dd><code>${escapeHtml(fineTune.model)}</code></dd></div>`,
    `<div><dt>Training tokens per epoch</dt><dd>${formatNumber(training.tokensPerEpoch)} <span class="muted">× ${formatNumber(training.epochs)} epochs × ${formatNumber(training.iterations)} runs</span></dd></div>`,
    `<div><dt>Per request today → fine-tuned</dt><dd>${dollars(perRequest.promptUsd)} → ${dollars(perRequest.fineTunedUsd)}</dd></div>`,
  ];
  if (fineTune.breakEvenLift !== null)
    facts.push(
      `<div><dt>Break-even lift</dt><dd><span class="figure">${(fineTune.breakEvenLift * 100).toFixed(1)} pts</span>${fineTune.breakEvenLift > 1 ? ' <span class="muted">(more than any accuracy gain)</span>' : ''}</dd></div>`,
    );
  const notes = fineTune.notes.length
    ? `<ul class="reasons-list">${fineTune.notes.map((note) => `<li>${proseHtml(note)}</li>`).join('')}</ul>`
    : '';
  return `<h3>Fine-tuning, priced</h3>
<dl class="facts">${facts.join('')}</dl>
<p class="muted">${proseHtml(training.tokensSource)}; ${proseHtml(training.epochsNote)}.</p>
<h4>One-off</h4>${linesTable(fineTune.oneOffLines)}
<h4>Per month</h4>${fineTune.monthlyLines.length > 0 ? linesTable(fineTune.monthlyLines) : '<p class="muted">No running-cost change known.</p>'}
${notes}`;
}

function platformBlock(risk: NonNullable<Economics['platformRisk']>): string {
  if (risk.warnings.length === 0 && risk.events.length === 0 && risk.closed === null) return '';
  const closed = risk.closed ? `<p class="notice">${proseHtml(risk.closed)}</p>` : '';
  const warnings = risk.warnings.length
    ? `<ul class="reasons-list">${risk.warnings.map((warning) => `<li>${proseHtml(warning)}</li>`).join('')}</ul>`
    : '';
  const tones: Record<string, string> = {
    in_effect: 'bad',
    within_horizon: 'warn',
    after_horizon: 'neutral',
  };
  const events = risk.events.length
    ? `<details class="evidence"><summary>Platform events (${risk.events.length})</summary><div class="table-wrap"><table><thead><tr><th scope="col">Date</th><th scope="col">Status</th><th scope="col">What</th><th scope="col">Consequence</th><th scope="col">Source</th></tr></thead><tbody>${risk.events
        .map(
          (event) =>
            `<tr><td class="number">${escapeHtml(event.date ?? '—')}</td><td>${pill(event.status.replaceAll('_', ' '), tones[event.status] ?? 'neutral')}</td><td>${escapeHtml(event.text)}</td><td class="note">${escapeHtml(event.consequence)}</td><td class="note"><code>${escapeHtml(event.source)}</code> ${escapeHtml(event.evidence)}</td></tr>`,
        )
        .join('')}</tbody></table></div></details>`
    : '';
  return `<h3>Platform risk</h3>${closed}${warnings}${events}`;
}

function assumptionsBlock(assumptions: readonly Assumption[], prices: PricesUsed | undefined): string {
  const rows = assumptions
    .map(
      (assumption) =>
        `<tr><th scope="row"><code>${escapeHtml(assumption.key)}</code></th><td>${escapeHtml(assumption.value)}</td><td>${escapeHtml(assumption.basis)}</td><td class="note">${proseHtml(assumption.note)}</td></tr>`,
    )
    .join('');
  const table = assumptions.length
    ? `<details class="evidence"><summary>Assumptions behind the figures (${assumptions.length})</summary><div class="table-wrap"><table><thead><tr><th scope="col">Key</th><th scope="col">Value</th><th scope="col">Basis</th><th scope="col">Note</th></tr></thead><tbody>${rows}</tbody></table></div></details>`
    : '';
  // Sources are shown as text, never as links: the page makes no request, even on a click.
  const sources = prices
    ? `<details class="evidence"><summary>Prices: ${escapeHtml(prices.file)} (version ${escapeHtml(prices.version)})</summary><ul class="reasons-list">${prices.sources
        .map(
          (source) =>
            `<li>${escapeHtml(source.title)} <code>${escapeHtml(source.url)}</code> <span class="muted">read ${escapeHtml(source.read)}</span></li>`,
        )
        .join('')}</ul></details>`
    : '';
  return table + sources;
}

/** Q3: is the improvement worth the cost? What each action costs and buys, fine-tuning priced line by line, platform risk. */
export function costSection(question: CostQuestion, verdict: Report['verdict'], figure: string): string {
  const economics = question as Economics;
  const parts = [`<p class="eyebrow">Q3 · Is the improvement worth the cost?</p>`, questionHead(question)];
  const facts: string[] = [];
  if (typeof economics.fineTuneCostUsd === 'number')
    facts.push(
      `<div><dt>Fine-tuning, one-off</dt><dd><span class="figure">${dollars(economics.fineTuneCostUsd)}</span></dd></div>`,
    );
  if ('paybackMonths' in economics) {
    const range = economics.fineTune?.paybackMonthsRange;
    const rangeText =
      range && range.atHighLift !== null && range.atLowLift !== null
        ? ` <span class="ci">[${formatMonths(range.atHighLift)} – ${formatMonths(range.atLowLift)}]</span>`
        : '';
    facts.push(
      `<div><dt>Fine-tuning pays back in</dt><dd>${months(economics.paybackMonths)}${rangeText}</dd></div>`,
    );
  }
  if (typeof economics.horizonMonths === 'number')
    facts.push(`<div><dt>Horizon</dt><dd>${formatNumber(economics.horizonMonths)} months</dd></div>`);
  if (typeof economics.requestsPerMonth === 'number')
    facts.push(
      `<div><dt>Traffic</dt><dd>${formatNumber(economics.requestsPerMonth)} requests/month</dd></div>`,
    );
  if (typeof economics.valuePerPointPerMonth === 'number')
    facts.push(
      `<div><dt>Value of one point</dt><dd>${dollars(economics.valuePerPointPerMonth)}/month</dd></div>`,
    );
  if (facts.length > 0) parts.push(`<dl class="facts">${facts.join('')}</dl>`);

  parts.push('<h3>Cost against expected lift, per action</h3>');
  if (figure)
    parts.push(
      `<figure class="figure-small">${figure}<figcaption>Expected lift in accuracy points (with its 95% interval) against cost over the horizon; the cheap, high-lift fixes sit top left.</figcaption></figure>`,
    );
  if (Array.isArray(economics.actions) && economics.actions.length > 0) {
    parts.push(actionsTable(economics.actions, economics.horizonMonths));
  } else if (verdict.actions.length > 0) {
    parts.push(planTable(verdict));
  }
  if (economics.platformRisk) parts.push(platformBlock(economics.platformRisk));
  if (economics.fineTune) parts.push(fineTuneBlock(economics.fineTune));
  parts.push(assumptionsBlock(economics.assumptions ?? [], economics.prices));
  parts.push(
    otherFields(question, [
      'paybackMonths',
      'fineTuneCostUsd',
      'horizonMonths',
      'requestsPerMonth',
      'valuePerPointPerMonth',
      // `details` is a flat copy of `fineTune` for generic renderers; `actionCosts` feeds the plan.
      'details',
      'actionCosts',
      'actions',
      'fineTune',
      'platformRisk',
      'assumptions',
      'prices',
    ]),
  );
  return section('cost', 'Cost and payback', parts.join('\n'));
}
