import type { CliCommand } from '../command.js';
import type { AuditCliOptions } from './audit-inputs.js';

/** Options of `fixfirst clean`. */
export interface CleanOptions extends AuditCliOptions {
  out: string;
  log?: string;
}

/** `fixfirst clean TRAIN_FILE --out CLEAN_FILE`: the training set without the rows the audit says to drop. */
export const cleanCommand: CliCommand = {
  name: 'clean',
  register(program, io) {
    program
      .command('clean')
      .summary('write a cleaned copy of a training set, with a log of every row removed and why')
      .description(
        'Audits TRAIN_FILE as `fixfirst audit` does, then writes CLEAN_FILE in the same format without the rows of ' +
          'the findings listed in audit.clean.remove (default: format_error, empty_target, placeholder, ' +
          'exact_duplicate, near_duplicate, eval_leakage, contract_violation_in_target; a duplicate keeps its first ' +
          'copy). Kept rows are copied unchanged. The other findings (conflicts, PII, refusals, ...) only warn: they ' +
          'need a person. Writes a removal log (row, reason, the twin it duplicated) next to CLEAN_FILE. Never ' +
          'changes TRAIN_FILE, and refuses to write over it.',
      )
      .argument('<train_file>', 'the training set')
      .requiredOption('-o, --out <clean_file>', 'where to write the cleaned set (not the input)')
      .option('--log <file>', 'removal log path (default: CLEAN_FILE.removed.jsonl)')
      .option('--eval <eval_file>', 'eval set: rows that leak its items are removed')
      .option('--config <fixfirst.yaml>', 'project config: audit knobs, output contract, model, eval set')
      .option(
        '--format <format>',
        'override detection: jsonl|json|csv|parquet and/or chat|alpaca|sharegpt|prompt_completion',
      )
      .option('--model <model>', 'model to fine-tune, picks the tokenizer')
      .option('--exact-tokens', 'count every row with the tokenizer')
      .option('-q, --quiet', 'no progress output')
      .addHelpText(
        'after',
        '\nExamples:\n  $ fixfirst clean data/train.jsonl --out data/train.clean.jsonl\n  $ fixfirst clean train.csv --out clean.csv --eval eval.jsonl --config fixfirst.yaml',
      )
      .action(async (trainFile: string, options: CleanOptions) => {
        const { runClean } = await import('./clean-action.js');
        await runClean(trainFile, options, io);
      });
  },
};
