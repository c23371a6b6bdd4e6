import { basename, dirname } from 'node:path';
import { renderMarkdown } from '../../reporters/markdown-reporter.js';
import { renderTerminal } from '../../reporters/terminal-reporter.js';
import type { CliIo } from '../cli-io.js';
import { loadItemTexts } from '../load-item-texts.js';
import { parseItemCount } from '../parse-number-flag.js';
import { readReport } from '../read-report.js';
import { writeFilesAtomically } from '../write-files.js';
import type { ReportOptions } from './report.js';

/** Runs `fixfirst report`. */
export async function runReport(path: string, options: ReportOptions, io: CliIo): Promise<void> {
  const items = parseItemCount(options.items);
  const report = readReport(path);
  let output: string;
  if (options.format === 'html') {
    const loaded = loadItemTexts(report, options.eval);
    if (loaded.note !== undefined) io.stderr(`fixfirst: note: ${loaded.note}\n`);
    const { renderHtml } = await import('../../reporters/html-reporter.js');
    const { loadChartLibraries } = await import('../load-chart-libraries.js');
    output = await renderHtml(report, {
      ...(loaded.texts && { texts: loaded.texts }),
      ...(loaded.texts && loaded.note !== undefined && { textsNote: loaded.note }),
      loadCharts: loadChartLibraries,
    });
  } else if (options.format === 'md') {
    output = renderMarkdown(report);
  } else {
    output = renderTerminal(report, {
      color: io.color && options.out === undefined,
      items,
      width: process.stdout.columns,
    });
  }
  if (options.out === undefined) {
    io.stdout(output);
    return;
  }
  const [written] = writeFilesAtomically(dirname(options.out), { [basename(options.out)]: output });
  io.stderr(`wrote ${written}\n`);
}
