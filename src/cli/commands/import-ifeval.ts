import type { CliCommand } from '../command.js';

/** Options of `fixfirst import ifeval`. */
export interface ImportIfevalOptions {
  out: string;
  force?: boolean;
}

/** `fixfirst import ifeval INPUT.jsonl RESPONSES.jsonl --out DIR`: an IFEval run as a fixfirst project. */
export const importIfevalCommand: CliCommand = {
  name: 'ifeval',
  parent: 'import',
  register(program, io) {
    program
      .command('ifeval')
      .summary('turn IFEval prompts and recorded responses into a fixfirst project')
      .description(
        "Reads IFEval's input file ({key, prompt, instruction_id_list, kwargs} per line) and a responses file " +
          '({prompt, response} per line, same order), validates both, and writes DIR/eval.jsonl (one item per ' +
          'prompt, its instructions as the item contract) and DIR/fixfirst.yaml (score: none). Nothing is written ' +
          'when any row is wrong. Then run `fixfirst diagnose DIR`.',
      )
      .argument('<input>', 'IFEval input_data.jsonl')
      .argument('<responses>', 'responses JSONL, one {prompt, response} per input row')
      .requiredOption('-o, --out <dir>', 'folder to write the project into (must be empty or new)')
      .option('--force', 'write into a non-empty folder, replacing eval.jsonl and fixfirst.yaml')
      .addHelpText(
        'after',
        '\nExample:\n  $ fixfirst import ifeval input_data.jsonl input_response_data_gpt4.jsonl --out ifeval-gpt4\n  $ fixfirst diagnose ifeval-gpt4',
      )
      .action(async (input: string, responses: string, options: ImportIfevalOptions) => {
        const { runImportIfeval } = await import('./import-ifeval-action.js');
        await runImportIfeval(input, responses, options, io);
      });
  },
};
