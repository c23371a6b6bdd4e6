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
        new Option(
          '--outputs <source>',
          "outputs to diagnose: the eval file's, or those `fixfirst run` recorded",
        )
          .choices(['auto', 'eval', 'run'])
          .default('auto'),
      )
      .option(
        '--live',
        'run the live experiments (prompt repair, oracle context, k-shot ladder) with the model',
      )
      .option(
        '--dry-run',
        'with --live: print the calls, tokens, dollars and time it would spend, and call nothing',
      )
      .option(
        '-m, --model <provider:model>',
        'model for --live and --outputs run (default: model: in fixfirst.yaml)',
      )
      .option('-c, --concurrency <n>', 'with --live: calls in flight at once (default: live.concurrency, 8)')
      .option(
        '--max-cost <usd>',
        'with --live: hard spending cap in USD, never crossed (exit 6 when reached)',
      )
      .option(
        '--today <date>',
        'date platform risk (fine-tuning shutdowns, model retirements) is measured from (YYYY-MM-DD; default: today)',
      )
      .addOption(
        new Option('--items <n>', 'show this many failing items in the terminal summary').default('5'),
      )
      .addHelpText(
        'after',
        '\nExamples:\n  $ fixfirst diagnose examples/support-bot\n  $ fixfirst diagnose my-project --live --dry-run\n  $ fixfirst diagnose my-project --live --max-cost 5\n  $ fixfirst diagnose my-project --out reports/ --fail-on FINE_TUNE,accuracy<0.8\n  $ fixfirst diagnose my-project --json | jq .verdict',
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
  outputs: 'auto' | 'eval' | 'run';
  live?: boolean;
  dryRun?: boolean;
  model?: string;
  concurrency?: string;
  maxCost?: string;
  today?: string;
}
