import type { CliCommand } from '../command.js';

/** Options of `fixfirst import ragas`. */
export interface ImportRagasOptions {
  out: string;
  force?: boolean;
}

/** `fixfirst import ragas FILE --out DIR`: Ragas samples as a fixfirst project. */
export const importRagasCommand: CliCommand = {
  name: 'ragas',
  parent: 'import',
  register(program, io) {
    program
      .command('ragas')
      .summary('turn Ragas samples (question, contexts, answer, ground_truth) into a fixfirst project')
      .description(
        'Reads Ragas-style samples from JSONL, JSON or CSV — question/user_input, contexts/retrieved_contexts, answer/response, ground_truth/reference, and optionally reference_context_ids or reference_contexts — validates every row, and writes DIR/eval.jsonl and DIR/fixfirst.yaml (token-F1 scorer, retrieval k), plus DIR/corpus.jsonl with the texts of gold passages no retrieved context matched. Without gold passages, Q4 uses answer-in-context. Nothing is written when any row is wrong. Then run `fixfirst diagnose DIR`.',
      )
      .argument('<file>', 'Ragas samples (.jsonl, .json or .csv)')
      .requiredOption('-o, --out <dir>', 'folder to write the project into (must be empty or new)')
      .option('--force', 'write into a non-empty folder, replacing the files it writes')
      .addHelpText(
        'after',
        '\nExample:\n  $ fixfirst import ragas amnesty_qa.jsonl --out amnesty\n  $ fixfirst diagnose amnesty',
      )
      .action(async (file: string, options: ImportRagasOptions) => {
        const { runImportRagas } = await import('./import-ragas-action.js');
        runImportRagas(file, options, io);
      });
  },
};
