import { createColors } from 'picocolors';
import type { Estimate } from '../core/estimate.js';
import type { HeadroomStep, Report } from '../core/report/report.js';
import type { Decision } from '../core/report/verdict.js';
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

/** Options for the terminal view. */
export interface TerminalOptions {
  color: boolean;
  /** How many failing items to list. */
  items: number;
  /** Terminal width for bars. */
  width?: number;
}

/** Terminal colours of the verdicts: every fix is green, fine-tuning magenta, stop blue, unsure yellow. */
const decisionColours: Record<Decision, 'green' | 'magenta' | 'yellow' | 'blue'> = {
  FIX_PROMPT: 'green',
  FIX_FOUNDATION: 'green',
  FIX_DATA: 'green',
  NOT_WORTH_IT: 'blue',
  FINE_TUNE: 'magenta',
  INCONCLUSIVE: 'yellow',
};

/** Terminal colours of the headroom steps, one per step. */
const stepColours: Record<HeadroomStep['step'], 'green' | 'cyan' | 'yellow' | 'magenta'> = {
  current: 'green',
  surface: 'cyan',
  foundation: 'yellow',
  behavioral: 'magenta',
};

const questionTitles: Record<keyof Report['questions'], string> = {
  surface: 'Q1 Surface or behavioral?',
  data: 'Q2 Training data ready?',
  cost: 'Q3 Worth the cost?',
  foundation: 'Q4 Foundation problem?',
};

/** Q4's evidence beyond its reason: retrieval at k, where missed gold passages were, data problems. */
function foundationLines(question: Report['questions']['foundation']): string[] {
  const lines: string[] = [];
  if (question.status !== 'not_assessed') {
    const { retrieval, goldDepth, goldMissingShareOfFailures: share } = question;
    if (question.items.failures > 0) {
      lines.push(
        `   gold passage missing for ${percent(share.value)} ${interval(share)} of ${question.items.failures} content failures (${question.items.failuresGoldMissing}): an upper bound on the failures retrieval fixes can buy`,
      );
    }
    if (retrieval !== null) {
      // MRR and nDCG are scores in [0, 1]: three decimals, with their bootstrap intervals.
      const score = (estimate: Estimate) =>
        `${estimate.value.toFixed(3)} [${estimate.low.toFixed(3)}–${estimate.high.toFixed(3)}]`;
      lines.push(
        `   retrieval (${retrieval.source === 'inline' ? 'prompt contexts' : 'qrels + run'}, k=${retrieval.k}, ${retrieval.queries} queries): hit rate ${percent(retrieval.hitRate.value)} ${interval(retrieval.hitRate)} · recall ${percent(retrieval.recall.value)} ${interval(retrieval.recall)} · MRR ${score(retrieval.reciprocalRank)} · nDCG@${retrieval.k} ${score(retrieval.ndcg)}`,
      );
    }
    if (goldDepth !== null) {
      lines.push(
        `   gold missing from the prompt: ranked below k in ${goldDepth.deeper} of ${goldDepth.misses} (rerank or raise k) · not retrieved in ${goldDepth.nowhere} (index, chunking or query)`,
      );
    }
  }
  const findings = [
    ...(question.status === 'not_assessed' ? [] : question.findings),
    ...(question.hygiene ?? []),
  ];
  for (const finding of findings.slice(0, 6)) lines.push(`   - ${finding.message}`);
  if (findings.length > 6) lines.push(`   … ${findings.length - 6} more in report.json`);
  return lines;
}

/** The terminal summary: the verdict first, then the plan, the headroom, one block per question, thresholds. */
export function renderTerminal(report: Report, options: TerminalOptions): string {
  const c = createColors(options.color);
  const lines: string[] = [];
  const { verdict, summary } = report;
  const decisionColor = c[decisionColours[verdict.decision]];
  lines.push(
    c.dim(
      `fixfirst ${report.tool.version} · ${report.project.task || 'project'} · ${summary.items} items · ${report.project.mode}`,
    ),
  );
  if (report.project.outputs?.source === 'run')
    lines.push(c.dim(`outputs ${describeOutputs(report.project.outputs)}`));
  lines.push('');
  lines.push(
    `${c.bold('VERDICT')}  ${c.bold(decisionColor(verdict.decision))}  ${c.dim(`(confidence: ${verdict.confidence})`)}`,
  );
  lines.push(verdict.headline);
  if (verdict.itemsNeeded !== null) lines.push(`Items needed: ${verdict.itemsNeeded}`);
  lines.push('');
  lines.push(c.bold('Action plan'));
  verdict.actions.forEach((action, index) => {
    const lift = action.expectedLift
      ? `  ${c.cyan(`+${points(action.expectedLift.value)} ${interval(action.expectedLift)}`)} ${c.dim(action.expectedLift.kind)}`
      : '';
    const cost = action.cost
      ? c.dim(`  cost: ${costFigures(action.cost).join(', ')} (${action.cost.note})`)
      : '';
    lines.push(` ${index + 1}. ${action.title}${lift}`);
    lines.push(`    ${c.dim(`why: ${action.why}`)}${cost}`);
  });
  lines.push('');
  lines.push(c.bold('Headroom') + c.dim('  (strict accuracy today → 100%; 95% intervals)'));
  const barWidth = Math.max(20, Math.min(50, (options.width ?? 100) - 60));
  for (const entry of report.headroom) {
    if (entry.kind === 'not_assessed') {
      // No figure, no bar: the reason goes on its own line so it is read whole.
      lines.push(` ${entry.label.padEnd(22)} ${'not assessed'.padStart(12)}`);
      lines.push(`    ${c.dim(entry.note)}`);
      continue;
    }
    const start = Math.round(entry.start * barWidth);
    const length = Math.max(entry.value > 0 ? 1 : 0, Math.round(entry.value * barWidth));
    const bar = ' '.repeat(start) + '█'.repeat(Math.min(length, barWidth - start));
    const figure =
      entry.step === 'current' ? percent(entry.value).padStart(7) : `+${points(entry.value)}`.padStart(10);
    const paint = c[stepColours[entry.step]];
    lines.push(
      ` ${entry.label.padEnd(22)} ${figure.padStart(10)} ${interval(entry).padEnd(13)} ${entry.kind.padEnd(8)} ${paint(bar)}`,
    );
  }
  lines.push('');
  for (const [key, title] of Object.entries(questionTitles) as [keyof Report['questions'], string][]) {
    const question = report.questions[key];
    const label = statusLabels[question.status] ?? question.status.toUpperCase();
    const paint = question.status === 'not_assessed' ? c.dim : c.bold;
    lines.push(`${c.bold(title.padEnd(28))} ${paint(label)}`);
    lines.push(`   ${question.reason}`);
    if (key === 'surface' && report.questions.surface.byCategory.length > 0) {
      lines.push(
        `   failures by category: ${report.questions.surface.byCategory.map((entry) => `${entry.category} ${entry.items} (${percent(entry.share.value)})`).join(' · ')}`,
      );
    }
    if (key === 'cost') {
      for (const line of costLines(report.questions.cost, { formulas: false })) {
        const paint =
          line.tone === 'warning' ? c.yellow : line.tone === 'dim' ? c.dim : (text: string) => text;
        lines.push(`   ${paint(line.text)}`);
      }
    }
    if (key === 'data' && question.status !== 'not_assessed' && 'reasons' in question) {
      for (const reason of question.reasons.slice(0, 5)) lines.push(`   - ${reason}`);
    }
    if (key === 'foundation') lines.push(...foundationLines(report.questions.foundation));
  }
  if (report.live !== undefined) {
    lines.push('');
    lines.push(
      c.bold('Live experiments') + c.dim(`  (${liveHeadline(report.live)}; paired, anytime-valid intervals)`),
    );
    lines.push(...liveLines(report));
  }
  if (report.checks.length > 0) {
    lines.push('');
    lines.push(
      c.bold('Contract checks') +
        c.dim('  (pass rate with 95% CI, worst first; loose = IFEval loose variants)'),
    );
    const width = Math.max(34, ...report.checks.map((check) => check.check.length));
    const row = (name: string, category: string, n: number, strict: Estimate, loose: Estimate) =>
      `   ${name.padEnd(width)} ${c.dim(category.padEnd(10))} ${String(n).padStart(5)}  ${percent(strict.value).padStart(6)} ${interval(strict).padEnd(13)}  ${percent(loose.value).padStart(6)} ${interval(loose)}`;
    lines.push(
      c.dim(
        `   ${'check'.padEnd(width)} ${'category'.padEnd(10)} ${'n'.padStart(5)}  ${'strict'.padStart(6).padEnd(20)}  ${'loose'.padStart(6)}`,
      ),
    );
    const shown = sortedChecks(report.checks).slice(0, 40);
    for (const check of shown) {
      lines.push(row(check.check, check.category, check.applied, check.passRate, check.passRateLoose));
    }
    if (report.checks.length > shown.length) {
      lines.push(c.dim(`   … ${report.checks.length - shown.length} more in report.json`));
    }
    lines.push(
      row(
        'all checks (instruction level)',
        '',
        summary.checksPassed.n ?? 0,
        summary.checksPassed,
        summary.checksPassedLoose,
      ),
    );
    lines.push(
      row(
        'items meeting every check (prompt)',
        '',
        summary.items,
        summary.contractMet,
        summary.contractMetLoose,
      ),
    );
  }
  lines.push('');
  lines.push(
    `${c.bold('Summary')}  strict accuracy ${percentWithInterval(summary.accuracyStrict)} · lenient ${percentWithInterval(summary.accuracyLenient)} · contract met ${percentWithInterval(summary.contractMet)}`,
  );
  lines.push(`         classes: ${classCounts(summary)}`);
  const labels = report.recordedLabels ?? [];
  if (labels.length > 0) {
    lines.push(
      `${c.bold('Recorded labels')}  ${c.dim('graded by another tool and imported as recorded; not re-graded, not in the verdict')}`,
    );
    const width = Math.max(...labels.map((entry) => entry.label.length));
    for (const entry of labels) {
      lines.push(
        `   ${entry.label.padEnd(width)}  ${String(entry.items).padStart(5)} items  pass ${percentWithInterval(entry.passRate)}`,
      );
    }
  }
  const failing = report.items.filter((item) => item.class !== 'pass');
  if (options.items > 0 && failing.length > 0) {
    lines.push('');
    lines.push(
      c.bold(`Failing items`) +
        c.dim(` (first ${Math.min(options.items, failing.length)} of ${failing.length})`),
    );
    for (const item of failing.slice(0, options.items)) {
      lines.push(
        `   ${clip(item.id, 16).padEnd(16)} ${item.class.padEnd(10)} ${c.dim(clip(failureReason(item), 90))}`,
      );
    }
  }
  if (report.warnings.length > 0) {
    lines.push('');
    for (const warning of report.warnings) lines.push(c.yellow(`warning: ${warning.message}`));
  }
  lines.push('');
  lines.push(
    c.dim(`Thresholds: ${thresholdList(report.thresholds)}  (set them under thresholds: in fixfirst.yaml)`),
  );
  return `${lines.join('\n')}\n`;
}
