import type { CliCommand } from '../command.js';

/** Options of `fixfirst cost`, as commander hands them over (strings until validated). */
export interface CostOptions {
  model?: string;
  fineTuneModel?: string;
  migrationModel?: string;
  trainingTokens?: string;
  train?: string;
  trainFormat?: string;
  examples?: string;
  epochs?: string;
  iterations?: string;
  hoursPerRun?: string;
  requestsPerMonth?: string;
  valuePerPoint?: string;
  liftPoints?: string;
  horizon?: string;
  systemTokens?: string;
  fewShotTokens?: string;
  userTokens?: string;
  outputTokens?: string;
  fineTunedSystemTokens?: string;
  cachedShare?: string;
  evalItems?: string;
  evalRuns?: string;
  hourlyRate?: string;
  fineTuneHours?: string;
  hostingPerMonth?: string;
  gpuPrice?: string;
  inputPrice?: string;
  cachedInputPrice?: string;
  outputPrice?: string;
  trainingPrice?: string;
  ftInputPrice?: string;
  ftCachedInputPrice?: string;
  ftOutputPrice?: string;
  prices?: string;
  today?: string;
  listModels?: boolean;
  json?: boolean;
}

/** `fixfirst cost`: the standalone calculator — flags only, no project needed. */
export const costCommand: CliCommand = {
  name: 'cost',
  register(program, io) {
    program
      .command('cost')
      .summary('price fine-tuning against the prompt you have: training, inference, payback, platform risk')
      .description(
        'A standalone calculator (no project needed): what fine-tuning costs (training runs × epochs, eval runs, ' +
          'engineering), how the per-request cost changes (fine-tuned premium, shorter prompt, cached input, a smaller ' +
          'model), the payback for a lift you expect, break-even traffic, and the platform dates that strand a plan ' +
          '(OpenAI: no new fine-tuning jobs from 2027-01-06). Prices are dated and sourced (--list-models).',
      )
      .option('--model <id>', 'the model serving today, e.g. openai:gpt-4.1 (see --list-models)')
      .option(
        '--fine-tune-model <id>',
        'what would be fine-tuned (default: --model), e.g. openai:gpt-4.1-mini',
      )
      .option('--migration-model <id>', 'where a forced migration retrains (prices it)')
      .option('--training-tokens <n>', 'training tokens per epoch')
      .option('--train <file>', 'a training set to count tokens in (JSONL, JSON, CSV, Parquet)')
      .option('--train-format <format>', 'format of --train when the extension does not say')
      .option('--examples <n>', 'training examples (for the epoch rule; counted from --train)')
      .option('--epochs <n|auto>', "epochs per run, or auto (OpenAI's default rule)", 'auto')
      .option('--iterations <n>', 'training runs until it works (default 3)')
      .option('--hours-per-run <h>', 'hours per run, for hourly-billed training')
      .option('--requests-per-month <n>', 'traffic')
      .option('--value-per-point <usd>', 'what one accuracy point is worth per month')
      .option('--lift-points <pts>', 'accuracy points you expect fine-tuning to buy (a prior), e.g. 4')
      .option('--horizon <months>', 'payback horizon (default 12)')
      .option('--system-tokens <n>', 'system prompt tokens (kept after fine-tuning)')
      .option('--few-shot-tokens <n>', 'few-shot example tokens (dropped after fine-tuning)')
      .option('--user-tokens <n>', 'user message and context tokens per request')
      .option('--output-tokens <n>', 'output tokens per request')
      .option(
        '--fine-tuned-system-tokens <n>',
        'system prompt tokens the fine-tune still gets (default --system-tokens)',
      )
      .option(
        '--cached-share <0..1>',
        'share of requests whose static prefix is cached (default: 1 on OpenAI, else 0)',
      )
      .option('--eval-items <n>', 'items per eval run')
      .option('--eval-runs <n>', 'eval runs per training run (default 1)')
      .option('--hourly-rate <usd>', 'engineering cost per hour (default 100)')
      .option('--fine-tune-hours <h>', 'engineering hours per fine-tuning campaign (default 40)')
      .option('--hosting-per-month <usd>', 'serving the fine-tune besides tokens (dedicated endpoint)')
      .option('--gpu-price <usd>', 'price per GPU-hour for self-hosted paths (default: the median offer)')
      .option(
        '--input-price <usd>',
        'base-model input, USD per 1M tokens (for a model not in the price data)',
      )
      .option('--cached-input-price <usd>', 'base-model cached input, USD per 1M tokens')
      .option('--output-price <usd>', 'base-model output, USD per 1M tokens')
      .option('--training-price <usd>', 'training, USD per 1M tokens')
      .option('--ft-input-price <usd>', 'fine-tuned model input, USD per 1M tokens')
      .option('--ft-cached-input-price <usd>', 'fine-tuned model cached input, USD per 1M tokens')
      .option('--ft-output-price <usd>', 'fine-tuned model output, USD per 1M tokens')
      .option('--prices <file>', 'a replacement price file (same format as src/cost/prices.json)')
      .option('--today <date>', 'date platform risk is measured from (YYYY-MM-DD; default: today)')
      .option(
        '--list-models',
        'list the models in the price data with their prices, dates and platform status',
      )
      .option('--json', 'print the result as JSON (the report.json `questions.cost` shape)')
      .addHelpText(
        'after',
        '\nExamples:\n' +
          '  $ fixfirst cost --list-models\n' +
          '  $ fixfirst cost --model openai:gpt-4.1-mini --training-tokens 700000 --examples 1000 \\\n' +
          '      --few-shot-tokens 2000 --user-tokens 500 --output-tokens 200 --requests-per-month 300000\n' +
          '  $ fixfirst cost --model openai:gpt-4.1 --fine-tune-model self-hosted:llama-3.1-8b-lora --train data/train.jsonl \\\n' +
          '      --user-tokens 800 --output-tokens 150 --requests-per-month 1000000 --value-per-point 2000 --lift-points 4',
      )
      .action(async (options: CostOptions) => {
        const { runCost } = await import('./cost-action.js');
        await runCost(options, io);
      });
  },
};
