import type { CliCommand } from '../command.js';

/** Options of `fixfirst import promptfoo`. */
export interface ImportPromptfooOptions {
  out: string;
  force?: boolean;
  prompt?: string;
  provider?: string;
  model?: string;
  asContract?: string;
  asCorrectness?: string;
}

/** `fixfirst import promptfoo CONFIG_OR_RESULTS [more] --out DIR`: a promptfoo eval as a fixfirst project. */
export const importPromptfooCommand: CliCommand = {
  name: 'promptfoo',
  parent: 'import',
  register(program, io) {
    program
      .command('promptfoo')
      .summary('turn a promptfoo config and/or results file into a fixfirst project')
      .description(
        'Reads promptfooconfig.yaml (prompts; tests inline or from CSV/YAML/JSON/JSONL files; defaultTest; vars; ' +
          'providerOutput) and/or the results file of `promptfoo eval -o results.json` (rendered prompts, recorded ' +
          "outputs, every assertion's pass). Writes DIR/eval.jsonl, DIR/fixfirst.yaml and DIR/import-log.md: promptfoo " +
          'assertions that judge the answer become the scorer; those every test shares (and is-json, word-count) the ' +
          'contract; model-graded ones recorded pass/fail tags. With a results file, the mapping is checked against ' +
          "promptfoo's own grades. Nothing is written unless everything reads. Then run `fixfirst diagnose DIR`.",
      )
      .argument('<files...>', 'promptfooconfig.yaml and/or results.json (one of each at most)')
      .requiredOption('-o, --out <dir>', 'folder to write the project into (must be empty or new)')
      .option('--force', 'write into a non-empty folder, replacing the files of an earlier import')
      .option('--prompt <number|label>', 'which prompt to import when the eval has several')
      .option('--provider <id|label>', 'which provider’s outputs to import when the eval has several')
      .option(
        '--model <provider:model|none>',
        'the fixfirst model for live mode, instead of mapping the provider',
      )
      .option(
        '--as-contract <types>',
        'comma-separated assertion types always read as contract checks (e.g. not-icontains)',
      )
      .option(
        '--as-correctness <types>',
        'comma-separated assertion types always read as correctness (e.g. regex)',
      )
      .addHelpText(
        'after',
        '\nExamples:\n  $ promptfoo eval -o results.json && fixfirst import promptfoo promptfooconfig.yaml results.json --out ff\n  $ fixfirst import promptfoo promptfooconfig.yaml --out ff      # outputs from providerOutput\n  $ fixfirst diagnose ff',
      )
      .action(async (files: string[], options: ImportPromptfooOptions) => {
        const { runImportPromptfoo } = await import('./import-promptfoo-action.js');
        await runImportPromptfoo(files, options, io);
      });
  },
};
