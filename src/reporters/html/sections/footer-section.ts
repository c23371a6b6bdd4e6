import type { Report } from '../../../core/report/report.js';
import { describeOutputs } from '../../format.js';
import { escapeHtml } from '../escape.js';
import { formatNumber } from '../generic-value.js';

/** Thresholds, inputs with their digests, warnings and provenance: what a reader needs to trust or reproduce the report. */
export function footerSection(report: Report): string {
  const thresholds = Object.entries(report.thresholds)
    .map(([name, value]) => `<span>${escapeHtml(name)} ${escapeHtml(formatNumber(value))}</span>`)
    .join('');
  const files = report.inputs.files
    .map(
      (file) =>
        `<tr><td>${escapeHtml(file.role)}</td><td><code>${escapeHtml(file.path)}</code></td><td class="number">${file.bytes.toLocaleString('en-US')} B</td><td><code title="${escapeHtml(file.sha256)}">${escapeHtml(file.sha256.slice(0, 12))}…</code></td></tr>`,
    )
    .join('');
  const outputs = describeOutputs(report.project.outputs);
  const warnings =
    report.warnings.length === 0
      ? ''
      : `<h2>Warnings</h2><ul>${report.warnings.map((warning) => `<li><code>${escapeHtml(warning.code)}</code> ${escapeHtml(warning.message)}</li>`).join('')}</ul>`;
  return `<footer class="report-footer"><div class="wrap">
<h2>Thresholds</h2>
<div class="thresholds">${thresholds}</div>
<h2>Inputs</h2>
<div class="table-wrap"><table><thead><tr><th scope="col">Role</th><th scope="col">Path</th><th scope="col" class="number">Size</th><th scope="col">sha256</th></tr></thead><tbody>${files}</tbody></table></div>
<p>Inputs digest <code>${escapeHtml(report.inputs.digest)}</code></p>
${warnings}
<p>Made by ${escapeHtml(report.tool.name)} ${escapeHtml(report.tool.version)} on ${escapeHtml(report.generatedAt)} · ${escapeHtml(report.project.mode)} mode · outputs ${escapeHtml(outputs)} · scorer <code>${escapeHtml(report.project.scorer)}</code> · report schema ${report.schemaVersion}. Every rate carries a 95% interval (1 − alpha); report.json holds every figure shown here.</p>
</div></footer>`;
}
