import type { Report } from '../../../core/report/report.js';
import { interval, percent, points } from '../../format.js';
import { escapeHtml } from '../escape.js';
import { kindBadge, section } from '../html-format.js';

/** The SVGs of the waterfall: one laid out for wide screens, one for phones (CSS shows one). */
export interface HeadroomFigures {
  wide: string;
  compact: string;
}

/**
 * The headroom waterfall, the central figure: from today's strict accuracy to 100%, what surface
 * fixes recover, what foundation fixes could plausibly recover, and the behavioral remainder (the
 * most fine-tuning could ever buy), each with its interval and the kind of figure it is.
 */
export function headroomSection(report: Report, figures: HeadroomFigures): string {
  const rows = report.headroom
    .map(
      (step) => `<tr class="step-${escapeHtml(step.step)}">
<th scope="row"><span class="swatch swatch-${escapeHtml(step.step)}" aria-hidden="true"></span>${escapeHtml(step.label)}</th>
${
  step.kind === 'not_assessed'
    ? `<td class="number"><span class="figure muted">not assessed</span></td>
<td class="number ci">—</td>
<td>${kindBadge(step.kind)}</td>`
    : `<td class="number"><span class="figure">${step.step === 'current' ? percent(step.value) : `+${points(step.value)}`}</span></td>
<td class="number ci">${interval(step)}</td>
<td>${kindBadge(step.kind)}</td>`
}
<td class="note">${escapeHtml(step.note)}</td>
</tr>`,
    )
    .join('\n');
  const content = `<p class="lede">From today's strict accuracy to 100%: what a prompt or parsing fix recovers, what a retrieval fix could plausibly recover, and the remainder that only a different model could reach. <strong>Fine-tuning is only a candidate for the behavioral remainder.</strong> Whiskers are 95% intervals.</p>
<figure class="figure-main">
<div class="chart-wide">${figures.wide}</div>
<div class="chart-compact">${figures.compact}</div>
<figcaption>Headroom waterfall. Measured: observed on these items. Estimate: a projection with the assumption stated in its note. Bound: an upper limit. Not assessed: no figure, for the reason in its note.</figcaption>
</figure>
<div class="table-wrap"><table class="headroom-table">
<thead><tr><th scope="col">Step</th><th scope="col" class="number">Accuracy</th><th scope="col" class="number">95% CI</th><th scope="col">Kind</th><th scope="col">How it was computed</th></tr></thead>
<tbody>${rows}</tbody>
</table></div>`;
  return section('headroom', 'Headroom: where the missing accuracy is', content);
}
