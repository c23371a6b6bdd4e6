import { diagnose } from '../../diagnosis/diagnose.js';
import { prepareProject } from '../../project/prepare-project.js';
import { renderJson } from '../../reporters/json-reporter.js';
import { renderMarkdown } from '../../reporters/markdown-reporter.js';
import { renderTerminal } from '../../reporters/terminal-reporter.js';
import type { CliIo } from '../cli-io.js';
import { exitCodes } from '../exit-codes.js';
import { parseFailOn } from '../fail-on.js';
import { createProgress } from '../progress.js';
import { writeFilesAtomically } from '../write-files.js';
import type { DiagnoseOptions } from './diagnose.js';

/** Runs `fixfirst diagnose`. */
export async function runDiagnose(dir: string, options: DiagnoseOptions, io: CliIo): Promise<void> {
  const conditions = options.failOn === undefined ? [] : parseFailOn(options.failOn);
  const items = Number(options.items);
  const project = await prepareProject(dir, { requireOutput: true });
  const quiet = options.quiet === true || options.json === true;
  const report = await diagnose(project, {
    now: io.now,
    version: io.version,
    progress: createProgress(io, { quiet: options.quiet === true }),
  });
  if (options.out !== undefined) {
    // The HTML (and vega with it) loads only when a report file is asked for.
    const { renderHtml } = await import('../../reporters/html-reporter.js');
    const { itemTextsFromCases } = await import('../../reporters/html/item-data.js');
    const { loadChartLibraries } = await import('../load-chart-libraries.js');
    const html = await renderHtml(report, {
      texts: itemTextsFromCases(project.cases.map((prepared) => prepared.evalCase)),
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
        items: Number.isFinite(items) ? items : 5,
        width: process.stdout.columns,
      }),
    );
  }
  const matched = conditions.filter((condition) => condition.holds(report));
  if (matched.length > 0) {
    io.stderr(`fixfirst: --fail-on matched: ${matched.map((condition) => condition.text).join(', ')}\n`);
    io.setExitCode(exitCodes.failOn);
  }
}
