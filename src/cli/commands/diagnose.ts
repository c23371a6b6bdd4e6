import { Option } from 'commander';
import type { CliCommand } from '../command.js';

/** `fixfirst diagnose DIR`: the main job. */
export const diagnoseCommand: CliCommand = {
  name: 'diagnose',
  register(program, io) {
    program
      .command('diagnose')
      .summary('diagnose a project: where is the quality gap, and what is the cheapest fix?')
      .description(
        'Reads DIR/fixfirst.yaml and its eval set with recorded outputs (offline: no model, no key), scores every ' +
          'item strictly and leniently, runs the output contract, answers the four questions and prints a verdict ' +
          '(FIX_PROMPT, FIX_FOUNDATION, FIX_DATA, NOT_WORTH_IT, FINE_TUNE or INCONCLUSIVE) with an ordered action plan.',
      )
      .argument('<dir>', 'project folder holding fixfirst.yaml (or the path of the yaml file)')
      .option('-o, --out <outdir>', 'write report.json, report.md and report.html into this folder')
      .option('--json', 'print report.json to stdout instead of the terminal summary')
      .option(
        '--fail-on <conditions>',
        'exit 10 when any condition holds (comma-separated): a verdict name (e.g. FINE_TUNE), ' +
          '"accuracy<0.9" (strict), "lenient<0.9", "contract<0.95", "data-not-ready"',
      )
      .option('-q, --quiet', 'print nothing but errors (and --json output)')
      .addOption(
        new Option('--items <n>', 'show this many failing items in the terminal summary').default('5'),
      )
      .addHelpText(
        'after',
        '\nExamples:\n  $ fixfirst diagnose examples/support-bot\n  $ fixfirst diagnose my-project --out reports/ --fail-on FINE_TUNE,accuracy<0.8\n  $ fixfirst diagnose my-project --json | jq .verdict',
      )
      .action(async (dir: string, options: DiagnoseOptions) => {
        const { runDiagnose } = await import('./diagnose-action.js');
        await runDiagnose(dir, options, io);
      });
  },
};

/** Options of `fixfirst diagnose`. */
export interface DiagnoseOptions {
  out?: string;
  json?: boolean;
  failOn?: string;
  quiet?: boolean;
  items: string;
}
