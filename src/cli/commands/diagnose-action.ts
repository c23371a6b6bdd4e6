import { usageError } from '../../core/errors.js';
import type { EvalCase } from '../../core/eval-case.js';
import type { Report } from '../../core/report/report.js';
import { diagnose } from '../../diagnosis/diagnose.js';
import { renderJson } from '../../reporters/json-reporter.js';
import { renderMarkdown } from '../../reporters/markdown-reporter.js';
import { renderTerminal } from '../../reporters/terminal-reporter.js';
import { prepareOfflineDiagnosis } from '../../runner/recorded-outputs.js';
import type { CliIo } from '../cli-io.js';
import { exitCodes } from '../exit-codes.js';
import { parseFailOn } from '../fail-on.js';
import { parseLiveFlags } from '../live-options.js';
import { parseItemCount } from '../parse-number-flag.js';
import { parseToday } from '../parse-today.js';
import { createProgress } from '../progress.js';
import { writeFilesAtomically } from '../write-files.js';
import type { DiagnoseOptions } from './diagnose.js';

/** Runs `fixfirst diagnose`. */
export async function runDiagnose(dir: string, options: DiagnoseOptions, io: CliIo): Promise<void> {
  const today = parseToday(options.today, io.now);
  const conditions = options.failOn === undefined ? [] : parseFailOn(options.failOn);
  const items = parseItemCount(options.items);
  const quiet = options.quiet === true || options.json === true;
  const progress = createProgress(io, { quiet: options.quiet === true });
  let report: Report;
  let budgetStopped = false;
  // The eval cases with the outputs diagnosed, for report.html (live mode: its baseline's outputs).
  let cases: EvalCase[] | undefined;
  if (options.live) {
    const { runLiveDiagnose } = await import('./diagnose-live-action.js');
    const live = await runLiveDiagnose(dir, options, io, progress);
    if (live === undefined) return;
    report = live.report;
    cases = live.cases;
    budgetStopped = report.live?.stoppedByBudget === true;
  } else {
    if (options.dryRun)
      throw usageError('--dry-run needs --live', 'offline diagnosis makes no calls: drop --dry-run');
    const { project, outputs, dataAssessment } = await prepareOfflineDiagnosis(
      dir,
      options.outputs ?? 'auto',
      parseLiveFlags(options),
      { env: io.env, fetch: globalThis.fetch },
      progress,
    );
    cases = project.cases.map((prepared) => prepared.evalCase);
    report = await diagnose(project, {
      now: () => today,
      version: io.version,
      progress,
      ...(outputs === undefined ? {} : { outputs }),
      ...(dataAssessment === undefined ? {} : { dataAssessment }),
    });
  }
  if (options.out !== undefined) {
    // The HTML (and vega with it) loads only when a report file is asked for.
    const { renderHtml } = await import('../../reporters/html-reporter.js');
    const { itemTextsFromCases } = await import('../../reporters/html/item-data.js');
    const { loadChartLibraries } = await import('../load-chart-libraries.js');
    const html = await renderHtml(report, {
      ...(cases === undefined ? {} : { texts: itemTextsFromCases(cases) }),
      loadCharts: loadChartLibraries,
    });
    const written = writeFilesAtomically(options.out, {
      'report.json': renderJson(report),
      'report.md': renderMarkdown(report),
      'report.html': html,
    });
    if (!quiet) io.stderr(`wrote ${written.join(', ')}\n`);
  }
  if (options.json) io.stdout(renderJson(report));
  else if (!quiet) {
    io.stdout(
      renderTerminal(report, {
        color: io.color,
        items,
        width: process.stdout.columns,
      }),
    );
  }
  if (budgetStopped) {
    io.stderr(
      'fixfirst: the --max-cost cap stopped some experiments; the report shows what was measured (rerun with a higher cap to continue: completed calls are cached)\n',
    );
    io.setExitCode(exitCodes.budget);
    return;
  }
  const matched = conditions.filter((condition) => condition.holds(report));
  if (matched.length > 0) {
    io.stderr(`fixfirst: --fail-on matched: ${matched.map((condition) => condition.text).join(', ')}\n`);
    io.setExitCode(exitCodes.failOn);
  }
}
