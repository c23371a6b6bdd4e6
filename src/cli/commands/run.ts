import type { CliCommand } from '../command.js';
import type { LiveFlags } from '../live-options.js';

/** Options of `fixfirst run`. */
export interface RunOptions extends LiveFlags {
  dryRun?: boolean;
  quiet?: boolean;
}

/** `fixfirst run DIR`: run the project's prompt over its eval items and store the outputs. */
export const runCommand: CliCommand = {
  name: 'run',
  register(program, io) {
    program
      .command('run')
      .summary("run the project's prompt over its eval items with a model and record the outputs")
      .description(
        // No hard line breaks inside a paragraph: commander wraps to the terminal's width.
        'Fills the prompt of DIR/fixfirst.yaml (prompt: {system, template}) for every eval item, calls the model ' +
          '(model: in fixfirst.yaml or --model) and stores every output in DIR/.fixfirst/store.sqlite as it ' +
          'completes. A rerun makes no call twice; after a crash or Ctrl-C it makes only the missing ones.\n\n' +
          '`fixfirst diagnose DIR` then reads these outputs when the eval file has none (or with --outputs run); ' +
          'give it the same --model and base URL as the run (the line run prints last says how).',
      )
      .argument('<dir>', 'project folder holding fixfirst.yaml')
      .option(
        '-m, --model <provider:model>',
        'model to call, e.g. openai:gpt-4o-mini, anthropic:claude-haiku-4-5, ollama:llama3.1',
      )
      .option('-c, --concurrency <n>', 'calls in flight at once (default: live.concurrency, 8)')
      .option('--max-cost <usd>', 'hard spending cap in USD: a call that could cross it is not sent (exit 6)')
      .option('--dry-run', 'print the calls, tokens, dollars and time it would spend, and call nothing')
      .option('-q, --quiet', 'print nothing but errors')
      .addHelpText(
        'after',
        '\nExamples:\n  $ fixfirst run my-project --dry-run\n  $ OPENAI_API_KEY=... fixfirst run my-project --model openai:gpt-4o-mini --max-cost 2\n  $ OPENAI_BASE_URL=http://127.0.0.1:8000/v1 fixfirst run my-project --model openai:my-vllm-model',
      )
      .action(async (dir: string, options: RunOptions) => {
        const { runRun } = await import('./run-action.js');
        await runRun(dir, options, io);
      });
  },
};
