import { type Comparison, outcomeMeasureLabels } from '../../../core/report/live-evidence.js';
import type { Report } from '../../../core/report/report.js';
import { escapeHtml } from '../escape.js';
import { formatNumber, renderGenericValue } from '../generic-value.js';
import { differenceHtml, dollars, pill, proseHtml, rateHtml, section } from '../html-format.js';

const experimentTitles: Record<string, string> = {
  prompt_repair: 'Q1 · Prompt repair',
  oracle_context: 'Q4 · Oracle context',
  k_shot: 'Q3 · The k-shot ladder',
};

const stops: Record<Comparison['stop'], [string, string]> = {
  lift: ['lift', 'good'],
  no_lift: ['no lift ≥ min', 'neutral'],
  worse: ['worse', 'bad'],
  inconclusive: ['undecided', 'neutral'],
  budget: ['stopped: cap', 'warn'],
  not_started: ['not started', 'neutral'],
};

/** Why a comparison that scored no item has no figures. */
const emptyReasons: Partial<Record<Comparison['stop'], string>> = {
  budget: 'not run: budget reached before the first item',
  not_started: 'not run: no items to compare on',
};

function comparisonRow(comparison: Comparison): string {
  const [label, tone] = stops[comparison.stop] ?? [comparison.stop, 'neutral'];
  if (comparison.items === 0) {
    return `<tr><th scope="row">${escapeHtml(comparison.label)}<span class="item-line">${escapeHtml(comparison.description)}</span></th><td class="number">0<span class="muted">/${formatNumber(comparison.itemsAvailable)}</span></td><td colspan="3" class="muted">${escapeHtml(emptyReasons[comparison.stop] ?? 'not run')}</td><td>${pill(label, tone)}</td><td class="number">${formatNumber(comparison.calls)}</td></tr>`;
  }
  return `<tr><th scope="row">${escapeHtml(comparison.label)}<span class="item-line">${escapeHtml(comparison.description)}</span></th><td class="number">${formatNumber(comparison.items)}<span class="muted">/${formatNumber(comparison.itemsAvailable)}</span></td><td class="number">${rateHtml(comparison.baselineAccuracy)}</td><td class="number">${rateHtml(comparison.candidateAccuracy)}</td><td class="number">${differenceHtml({ value: comparison.lift.value, low: comparison.anytime.low, high: comparison.anytime.high })}<span class="item-line">fixed-n ${differenceHtml(comparison.lift)} · McNemar p ${comparison.mcnemarMidP.toPrecision(2)}</span></td><td>${pill(label, tone)}</td><td class="number">${formatNumber(comparison.calls)}</td></tr>`;
}

/**
 * Live mode: the paired experiments (prompt repair, oracle context, k-shot ladder), each comparison
 * with baseline and candidate accuracy, the lift with its anytime-valid interval (what decisions
 * use) and the fixed-n figures, how it stopped, and what the run spent. `ladder` is the k-shot
 * chart, drawn when the ladder was measured.
 */
export function liveSection(report: Report, ladder: string): string {
  const live = report.live;
  if (live === undefined) return '';
  const spend = live.spend;
  const facts = `<dl class="facts">
<div><dt>Model</dt><dd><code>${escapeHtml(live.model)}</code></dd></div>
<div><dt>Calls</dt><dd><span class="figure">${formatNumber(spend.calls)}</span> <span class="muted">+${formatNumber(spend.cachedCalls)} cached, ${formatNumber(spend.retries)} retries</span></dd></div>
<div><dt>Tokens</dt><dd>${formatNumber(spend.inputTokens)} in · ${formatNumber(spend.outputTokens)} out</dd></div>
<div><dt>Spent</dt><dd>${spend.costUsd === null ? '<span class="muted">unknown</span>' : `<span class="figure">${dollars(spend.costUsd)}</span>`}${spend.capUsd === null ? '' : ` <span class="muted">of a ${dollars(spend.capUsd)} cap</span>`}</dd></div>
<div><dt>Design</dt><dd>${formatNumber(live.baselineItems)} items, seed ${live.seed}, a look every ${formatNumber(live.batchSize)} items, α ${live.alpha}</dd></div>
</dl>`;
  const notice = live.stoppedByBudget
    ? '<p class="notice">The cost cap stopped one or more experiments: they show what was measured before it.</p>'
    : '';
  const experiments = live.experiments
    .map((experiment) => {
      const title = experimentTitles[experiment.experiment] ?? experiment.experiment;
      if (experiment.status === 'not_run')
        return `<h3>${escapeHtml(title)}</h3><p class="muted">Not run: ${proseHtml(experiment.reason)}</p>`;
      const table = experiment.comparisons.length
        ? `<div class="table-wrap"><table class="live-comparisons"><thead><tr><th scope="col">Candidate</th><th scope="col" class="number">Items</th><th scope="col" class="number">Baseline</th><th scope="col" class="number">Candidate</th><th scope="col" class="number">Lift (anytime 95%)</th><th scope="col">Stopped</th><th scope="col" class="number">Calls</th></tr></thead><tbody>${experiment.comparisons.map(comparisonRow).join('')}</tbody></table></div>`
        : '';
      const { interpretation, ...details } = experiment.details;
      const reading =
        typeof interpretation === 'string'
          ? `<p><strong>Reading:</strong> ${proseHtml(interpretation)}</p>`
          : '';
      const chart =
        experiment.experiment === 'k_shot' && ladder ? `<figure class="figure-small">${ladder}</figure>` : '';
      const more = Object.keys(details).length
        ? `<details class="evidence"><summary>Details</summary>${renderGenericValue(details)}</details>`
        : '';
      const outcome = outcomeMeasureLabels[experiment.outcome];
      const judged = `<p class="muted">Judged on <strong>${escapeHtml(outcome.name)}</strong> (${escapeHtml(outcome.meaning)}), baseline and candidate alike.</p>`;
      return `<h3>${escapeHtml(title)}</h3><p>${proseHtml(experiment.reason)}</p>${judged}${chart}${table}${reading}${more}`;
    })
    .join('\n');
  return section(
    'live',
    'Live experiments',
    `<p class="lede">Paired comparisons against the baseline prompt on the same items, stopped early once conclusive. Decisions use the anytime-valid interval; the fixed-n Newcombe interval and McNemar p are shown for reference.</p>${facts}${notice}${experiments}`,
  );
}
