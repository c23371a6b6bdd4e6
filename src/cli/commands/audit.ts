import { Option } from 'commander';
import type { CliCommand } from '../command.js';
import type { AuditCliOptions } from './audit-inputs.js';

/** Options of `fixfirst audit`. */
export interface AuditOptions extends AuditCliOptions {
  json?: boolean;
  examples: string;
  failOnNotReady?: boolean;
}

/** `fixfirst audit TRAIN_FILE`: is this training set ready to fine-tune on? */
export const auditCommand: CliCommand = {
  name: 'audit',
  register(program, io) {
    program
      .command('audit')
      .summary('audit a training set: is it clean enough to fine-tune on? (Q2)')
      .description(
        'Streams a candidate fine-tuning set (OpenAI chat JSONL with tools, Alpaca, ShareGPT, prompt/completion; ' +
          'JSONL, JSON, CSV or Parquet) through 18 checks: format errors, size, tokens and context limit, epochs and ' +
          'billed tokens, missing roles, empty and placeholder targets, exact and near duplicates, conflicting targets, ' +
          'class balance, refusals, length outliers, artefacts, missing context, language, PII, eval leakage and ' +
          'targets that break the output contract. Prints READY or NOT READY with the reasons ranked by impact.',
      )
      .argument('<train_file>', 'the training set')
      .option('--eval <eval_file>', 'eval set to check for leakage into the training set')
      .option('--config <fixfirst.yaml>', 'project config: audit knobs, output contract, model, eval set')
      .option(
        '--format <format>',
        'override detection: jsonl|json|csv|parquet and/or chat|alpaca|sharegpt|prompt_completion',
      )
      .option('--model <model>', 'model to fine-tune, picks the tokenizer (default: gpt-4o-mini)')
      .option(
        '--exact-tokens',
        'count every row with the tokenizer (default: the first 10,000 rows and a 20,000-row sample)',
      )
      .option('--json', 'print the audit as JSON (schemas/audit.schema.json)')
      .option('--fail-on-not-ready', 'exit 10 when the set is not ready (for CI)')
      .option('-q, --quiet', 'no progress output')
      .addOption(new Option('--examples <n>', 'example rows shown per reason').default('3'))
      .addHelpText(
        'after',
        '\nExamples:\n  $ fixfirst audit data/train.jsonl\n  $ fixfirst audit data/train.jsonl --eval data/eval.jsonl --config fixfirst.yaml\n  $ fixfirst audit train.parquet --format alpaca --json | jq .readiness',
      )
      .action(async (trainFile: string, options: AuditOptions) => {
        const { runAudit } = await import('./audit-action.js');
        await runAudit(trainFile, options, io);
      });
  },
};
