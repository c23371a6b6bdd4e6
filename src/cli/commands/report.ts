import { Option } from 'commander';
import type { CliCommand } from '../command.js';

/** Output formats of `fixfirst report`. */
export const reportFormats = ['html', 'md', 'terminal'] as const;

/** Options of `fixfirst report`. */
export interface ReportOptions {
  format: (typeof reportFormats)[number];
  out?: string;
  eval?: string;
  items: string;
}

/** `fixfirst report REPORT_JSON`: re-render a saved report as HTML, Markdown or the terminal summary. */
export const reportCommand: CliCommand = {
  name: 'report',
  register(program, io) {
    program
      .command('report')
      .summary('re-render a report.json as HTML, Markdown or the terminal summary')
      .description(
        'Reads a report.json (checked against the report schema first) and renders it again: the self-contained ' +
          'report.html, report.md for a pull request, or the terminal summary. No diagnosis is rerun.',
      )
      .argument('<report-json>', 'a report.json written by `fixfirst diagnose --out DIR` or `--json`')
      .addOption(
        new Option('-f, --format <format>', 'output format').choices(reportFormats).default('terminal'),
      )
      .option('-o, --out <file>', 'write to this file instead of stdout')
      .option(
        '--eval <file>',
        'HTML: the eval file to take inputs, outputs and references from (default: the one the report names; ' +
          'used only when its sha256 matches the report)',
      )
      .addOption(new Option('--items <n>', 'terminal: show this many failing items').default('5'))
      .addHelpText(
        'after',
        '\nExamples:\n  $ fixfirst report out/report.json --format html --out out/report.html\n  $ fixfirst report out/report.json --format md > comment.md',
      )
      .action(async (path: string, options: ReportOptions) => {
        const { runReport } = await import('./report-action.js');
        await runReport(path, options, io);
      });
  },
};
