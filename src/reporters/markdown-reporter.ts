import type { Report } from '../core/report/report.js';
import { costLines } from './cost-lines.js';
import {
  classCounts,
  clip,
  costFigures,
  describeOutputs,
  failureReason,
  interval,
  percent,
  percentWithInterval,
  points,
  sortedChecks,
  statusLabels,
  thresholdList,
} from './format.js';
import { liveHeadline, liveLines } from './live-section.js';

const escapeCell = (text: string) =>
  text.replaceAll('|', '\\|').replace(/\r?\n/g, ' ').replaceAll('<', '&lt;');

/** report.md: the verdict, plan, headroom and questions, for a pull-request comment. */
export function renderMarkdown(report: Report, options: { items?: number } = {}): string {
  const { verdict, summary } = report;
  const out: string[] = [];
  out.push(`## fixfirst: **${verdict.decision}** (confidence: ${verdict.confidence})`);
  out.push('');
  out.push(escapeCell(verdict.headline));
  if (verdict.itemsNeeded !== null) out.push(`\nItems needed: **${verdict.itemsNeeded}**`);
  out.push('');
  out.push(
    `${summary.items} items · ${report.project.mode} · scorer \`${report.project.scorer}\` · fixfirst ${report.tool.version}`,
  );
  if (report.project.outputs?.source === 'run')
    out.push('', escapeCell(`Outputs ${describeOutputs(report.project.outputs)}.`));
  out.push('');
  out.push('### Action plan');
  out.push('');
  out.push('| # | action | expected lift (95% CI) | kind | cost | confidence |');
  out.push('|---|---|---|---|---|---|');
  verdict.actions.forEach((action, index) => {
    const lift = action.expectedLift
      ? `+${points(action.expectedLift.value)} ${interval(action.expectedLift)}`
      : '—';
    const cost = action.cost
      ? escapeCell([...costFigures(action.cost), action.cost.note].filter(Boolean).join(' · '))
      : '—';
    out.push(
      `| ${index + 1} | ${escapeCell(action.title)}<br><sub>${escapeCell(action.why)}</sub> | ${lift} | ${action.expectedLift?.kind ?? '—'} | ${cost} | ${action.confidence} |`,
    );
  });
  out.push('');
  out.push('### Headroom');
  out.push('');
  out.push('| step | accuracy points | 95% CI | kind | note |');
  out.push('|---|---|---|---|---|');
  for (const entry of report.headroom) {
    out.push(
      entry.kind === 'not_assessed'
        ? `| ${entry.label} | not assessed | — | not assessed | ${escapeCell(entry.note)} |`
        : `| ${entry.label} | ${entry.step === 'current' ? percent(entry.value) : `+${points(entry.value)}`} | ${interval(entry)} | ${entry.kind} | ${escapeCell(entry.note)} |`,
    );
  }
  out.push('');
  out.push('### The four questions');
  out.push('');
  out.push('| question | status | evidence |');
  out.push('|---|---|---|');
  const titles: Record<string, string> = {
    surface: 'Q1 surface or behavioral',
    data: 'Q2 training data',
    cost: 'Q3 cost',
    foundation: 'Q4 foundation',
  };
  for (const [key, question] of Object.entries(report.questions)) {
    out.push(
      `| ${titles[key]} | ${statusLabels[question.status] ?? question.status} | ${escapeCell(question.reason)} |`,
    );
  }
  const cost = costLines(report.questions.cost, { formulas: true });
  if (cost.length > 0) {
    out.push('');
    out.push(
      `<details><summary>Q3 cost: ${escapeCell(statusLabels[report.questions.cost.status] ?? '')}</summary>`,
    );
    out.push('');
    for (const line of cost) {
      const text = escapeCell(line.text.trim());
      out.push(
        line.tone === 'warning' ? `- **${text}**` : line.text.startsWith('  ') ? `  - ${text}` : `- ${text}`,
      );
    }
    out.push('');
    out.push('</details>');
  }
  if (report.live !== undefined) {
    out.push('');
    out.push('### Live experiments');
    out.push('');
    out.push(`${liveHeadline(report.live)} — paired comparisons, anytime-valid intervals`);
    out.push('');
    out.push('```');
    out.push(...liveLines(report));
    out.push('```');
  }
  out.push('');
  out.push(
    `Strict accuracy ${percentWithInterval(summary.accuracyStrict)} · lenient ${percentWithInterval(summary.accuracyLenient)} · contract met ${percentWithInterval(summary.contractMet)}`,
  );
  out.push('');
  out.push(`Classes: ${classCounts(summary)}`);
  const labels = report.recordedLabels ?? [];
  if (labels.length > 0) {
    out.push('');
    out.push(
      'Recorded labels — graded by another tool and imported as recorded (not re-graded, not in the verdict):',
    );
    out.push('');
    out.push('| label | items | pass |');
    out.push('|---|---|---|');
    for (const entry of labels)
      out.push(
        `| \`${escapeCell(entry.label)}\` | ${entry.items} | ${percentWithInterval(entry.passRate)} |`,
      );
  }
  if (report.checks.length > 0) {
    out.push('');
    out.push(
      `Contract: every check met (prompt level) ${percentWithInterval(summary.contractMet)}, loosely ${percentWithInterval(summary.contractMetLoose)} · checks passed (instruction level) ${percentWithInterval(summary.checksPassed)}, loosely ${percentWithInterval(summary.checksPassedLoose)}`,
    );
    out.push('');
    out.push('<details><summary>Contract checks (worst first)</summary>');
    out.push('');
    out.push('| check | category | items | pass (strict) | pass (loose) |');
    out.push('|---|---|---|---|---|');
    for (const check of sortedChecks(report.checks)) {
      out.push(
        `| \`${check.check}\` | ${check.category} | ${check.applied} | ${percentWithInterval(check.passRate)} | ${percentWithInterval(check.passRateLoose)} |`,
      );
    }
    out.push(
      `| **all checks** (instruction level) | | ${summary.checksPassed.n ?? 0} | ${percentWithInterval(summary.checksPassed)} | ${percentWithInterval(summary.checksPassedLoose)} |`,
    );
    out.push(
      `| **every check met** (prompt level) | | ${summary.items} | ${percentWithInterval(summary.contractMet)} | ${percentWithInterval(summary.contractMetLoose)} |`,
    );
    out.push('');
    out.push('</details>');
  }
  const failing = report.items.filter((item) => item.class !== 'pass').slice(0, options.items ?? 10);
  if (failing.length > 0) {
    out.push('');
    out.push(`<details><summary>Failing items (first ${failing.length})</summary>`);
    out.push('');
    out.push('| id | class | why |');
    out.push('|---|---|---|');
    for (const item of failing) {
      out.push(`| ${escapeCell(item.id)} | ${item.class} | ${escapeCell(clip(failureReason(item), 120))} |`);
    }
    out.push('');
    out.push('</details>');
  }
  out.push('');
  out.push(`<sub>Thresholds: ${thresholdList(report.thresholds)}</sub>`);
  return `${out.join('\n')}\n`;
}
