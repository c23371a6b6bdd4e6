import type { Report } from '../../../core/report/report.js';
import type { Action } from '../../../core/report/verdict.js';
import { escapeHtml } from '../escape.js';
import { costHtml, kindBadge, liftHtml, proseHtml, rateHtml } from '../html-format.js';

/** What each verdict means in a few words, shown above the code. */
export const decisionTitles: Record<string, string> = {
  FIX_PROMPT: 'Fix the prompt first',
  FIX_FOUNDATION: 'Fix retrieval first',
  FIX_DATA: 'Fix the training data first',
  NOT_WORTH_IT: 'Not worth it',
  FINE_TUNE: 'Fine-tune',
  INCONCLUSIVE: 'Inconclusive',
};

function actionHtml(action: Action, index: number): string {
  const lift = action.expectedLift
    ? `${liftHtml(action.expectedLift)} ${kindBadge(action.expectedLift.kind)}`
    : '<span class="muted">not estimated</span>';
  return `<li class="action action-${escapeHtml(action.kind)}">
<span class="action-number" aria-hidden="true">${index + 1}</span>
<div class="action-body">
<h3 class="action-title">${proseHtml(action.title)}</h3>
<p class="action-why">${proseHtml(action.why)}</p>
<dl class="action-facts">
<div><dt>Expected lift</dt><dd>${lift}</dd></div>
<div><dt>Cost</dt><dd>${costHtml(action.cost)}</dd></div>
<div><dt>Confidence</dt><dd>${escapeHtml(action.confidence)}</dd></div>
</dl>
</div>
</li>`;
}

/** The verdict in large type, the one-sentence headline, the rules that fired, and the ordered action plan. */
export function verdictSection(report: Report): string {
  const { verdict, summary } = report;
  const title = decisionTitles[verdict.decision] ?? verdict.decision;
  const needed =
    verdict.itemsNeeded === null
      ? ''
      : ` <span class="muted">of ${verdict.itemsNeeded.toLocaleString('en-US')} needed</span>`;
  const reasons =
    verdict.reasons.length === 0
      ? ''
      : `<details class="reasons"><summary>Why this verdict: the rules that fired</summary><ul>${verdict.reasons
          .map((reason) => `<li>${proseHtml(reason)}</li>`)
          .join('')}</ul></details>`;
  const plan =
    verdict.actions.length === 0
      ? '<p class="muted">No action proposed.</p>'
      : `<ol class="plan">${verdict.actions.map(actionHtml).join('\n')}</ol>`;
  return `<section id="verdict" class="verdict decision-${escapeHtml(verdict.decision)}" aria-labelledby="verdict-title">
<p class="eyebrow">Verdict <span class="muted">· confidence ${escapeHtml(verdict.confidence)}</span></p>
<h1 id="verdict-title" class="decision" elementtiming="verdict">${escapeHtml(title)} <span class="decision-code">${escapeHtml(verdict.decision)}</span></h1>
<p class="headline">${proseHtml(verdict.headline)}</p>
<dl class="key-figures">
<div><dt>Strict accuracy</dt><dd>${rateHtml(summary.accuracyStrict)}</dd></div>
<div><dt>Lenient accuracy</dt><dd>${rateHtml(summary.accuracyLenient)}</dd></div>
<div><dt>Contract met</dt><dd>${rateHtml(summary.contractMet)}</dd></div>
<div><dt>Items</dt><dd><span class="figure">${summary.items.toLocaleString('en-US')}</span>${needed}</dd></div>
</dl>
${reasons}
<h2 class="plan-title">Action plan</h2>
${plan}
</section>`;
}
