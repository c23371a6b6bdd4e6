import { z } from 'zod';

/**
 * fixfirst.yaml `economics:` — traffic, value and prices for Q3. Only `requests_per_month` and
 * `value_per_point_per_month` are needed for a payback; everything else has a documented default
 * (src/cost/economics-defaults.ts) that the report lists as an assumption. Amounts are USD.
 */

/** A count that must be a non-negative whole number, with a ceiling that catches typos. */
const count = (max: number) => z.number().int().min(0).max(max);
/** A USD price per 1M tokens. */
const perMillion = z.number().min(0).max(10_000);

/** Explicit prices for one model, overriding or extending the shipped price data. */
export const economicsPriceSchema = z.strictObject({
  input: perMillion.optional().describe('Base-model input, USD per 1M tokens.'),
  cached_input: perMillion.optional().describe('Base-model cached input, USD per 1M tokens.'),
  output: perMillion.optional().describe('Base-model output, USD per 1M tokens.'),
  training: perMillion.optional().describe('Training, USD per 1M billed tokens (tokens × epochs).'),
  fine_tuned_input: perMillion.optional().describe('Fine-tuned model input, USD per 1M tokens.'),
  fine_tuned_cached_input: perMillion
    .optional()
    .describe('Fine-tuned model cached input, USD per 1M tokens.'),
  fine_tuned_output: perMillion.optional().describe('Fine-tuned model output, USD per 1M tokens.'),
  hosting_per_month: z
    .number()
    .min(0)
    .max(10_000_000)
    .optional()
    .describe('Serving the fine-tune besides tokens (dedicated endpoint), USD per month.'),
  minimum_per_job: z.number().min(0).max(1_000_000).optional().describe('Minimum charge per training job.'),
  storage_per_month: z
    .number()
    .min(0)
    .max(1_000_000)
    .optional()
    .describe('Storage per fine-tuned model per month.'),
});

/** The `economics:` section. */
export const economicsSchema = z.strictObject({
  requests_per_month: count(1e12)
    .optional()
    .describe('Requests the feature serves per month. Needed for a payback.'),
  value_per_point_per_month: z
    .number()
    .min(0)
    .max(1e9)
    .optional()
    .describe('What one accuracy point (1%) is worth per month, USD. Needed for a payback.'),
  horizon_months: z
    .number()
    .gt(0)
    .max(120)
    .optional()
    .describe('Fine-tuning must pay back within this many months. Default 12.'),
  model: z
    .string()
    .min(1)
    .optional()
    .describe(
      'The model serving today (the prompt path), e.g. openai:gpt-4.1. Default: the top-level `model`.',
    ),
  fine_tune_model: z
    .string()
    .min(1)
    .optional()
    .describe(
      'What would be fine-tuned, e.g. openai:gpt-4.1-mini, fireworks:up-to-16b, self-hosted:llama-3.1-8b-lora. Default: `model`.',
    ),
  migration_model: z
    .string()
    .min(1)
    .optional()
    .describe(
      'Where a forced migration would retrain (prices it). Default: the fine-tune model’s own prices, as a proxy.',
    ),
  fine_tune_lift: z
    .number()
    .min(0)
    .max(1)
    .optional()
    .describe(
      'Your prior for the accuracy fine-tuning would buy (a proportion: 0.05 = 5 points). Default: the behavioral remainder of the headroom, an upper bound.',
    ),
  prompt: z
    .strictObject({
      system_tokens: count(10_000_000)
        .optional()
        .describe('System prompt tokens. Default: counted from `prompt.system`, else 0.'),
      few_shot_tokens: count(10_000_000)
        .optional()
        .describe('Few-shot example tokens a fine-tune would drop. Default 0.'),
      user_tokens: count(10_000_000)
        .optional()
        .describe('User message (and context) tokens. Default: mean over the eval inputs.'),
      output_tokens: count(10_000_000)
        .optional()
        .describe('Output tokens. Default: mean over the recorded outputs.'),
      fine_tuned_system_tokens: count(10_000_000)
        .optional()
        .describe('System prompt tokens the fine-tuned model still needs. Default: `system_tokens`.'),
      cached_share: z
        .number()
        .min(0)
        .max(1)
        .optional()
        .describe(
          'Share of requests whose static prefix (system + few-shot) is served from cache. Default: 1 where caching is automatic (OpenAI, prompts ≥ 1,024 tokens), else 0.',
        ),
      fix_extra_tokens: count(1_000_000)
        .optional()
        .describe('Tokens a prompt fix adds to every request. Default 0.'),
    })
    .optional(),
  training: z
    .strictObject({
      tokens: count(1e12)
        .optional()
        .describe('Training tokens per epoch. Default: from the data audit, else counted from `train:`.'),
      examples: count(1e9)
        .optional()
        .describe('Training examples (for the epoch rule). Default: rows in `train:`.'),
      epochs: z
        .union([z.literal('auto'), z.number().int().min(1).max(50)])
        .optional()
        .describe('Epochs per run, or auto (OpenAI’s default rule on the example count). Default auto.'),
      iterations: z
        .number()
        .int()
        .min(1)
        .max(100)
        .optional()
        .describe('Training runs until it works. Default 3.'),
      hours_per_run: z
        .number()
        .gt(0)
        .max(10_000)
        .optional()
        .describe('For hourly-billed training (RFT): hours per run.'),
      validation_tokens: count(1e12)
        .optional()
        .describe('Validation tokens billed per run (Together, Ori). Default 0.'),
    })
    .optional(),
  eval: z
    .strictObject({
      items: count(1e9).optional().describe('Items per eval run. Default: the eval-set size.'),
      runs_per_iteration: z
        .number()
        .int()
        .min(0)
        .max(100)
        .optional()
        .describe('Eval runs per training run. Default 1.'),
      runs_per_fix: z
        .number()
        .int()
        .min(0)
        .max(100)
        .optional()
        .describe('Eval runs to try and confirm a prompt or retrieval fix. Default 3.'),
    })
    .optional(),
  labour: z
    .strictObject({
      hourly_rate: z
        .number()
        .min(0)
        .max(10_000)
        .optional()
        .describe('Engineering cost per hour, USD. Default 100.'),
      labelling_hourly_rate: z
        .number()
        .min(0)
        .max(10_000)
        .optional()
        .describe('Labelling cost per hour, USD. Default 30.'),
      minutes_per_example: z
        .number()
        .min(0)
        .max(600)
        .optional()
        .describe('Minutes to relabel one example. Default 3.'),
      qa_rework: z
        .number()
        .min(0)
        .max(10)
        .optional()
        .describe('Extra share of labelling time for QA rework. Default 0.'),
      examples_to_label: count(1e9)
        .optional()
        .describe('Examples to relabel. Default: rows the data audit flagged as errors.'),
      hours: z
        .strictObject({
          fix_prompt: z.number().min(0).max(100_000).optional().describe('Default 8.'),
          fix_foundation: z.number().min(0).max(100_000).optional().describe('Default 40.'),
          fix_data: z.number().min(0).max(100_000).optional().describe('Default 16 (besides relabelling).'),
          fine_tune: z.number().min(0).max(100_000).optional().describe('Per campaign. Default 40.'),
        })
        .optional(),
    })
    .optional(),
  self_hosted: z
    .strictObject({
      gpu_price_per_hour: z
        .number()
        .gt(0)
        .max(1_000)
        .optional()
        .describe('Your price per GPU-hour. Default: the median on-demand offer in the price data.'),
    })
    .optional(),
  hosting_per_month: z
    .number()
    .min(0)
    .max(10_000_000)
    .optional()
    .describe('Serving the fine-tuned model besides tokens, USD per month (overrides the price data).'),
  prices: z
    .record(z.string().min(1), economicsPriceSchema)
    .optional()
    .describe(
      'Explicit prices by model id (provider:model); override the shipped price data or add models to it.',
    ),
  prices_file: z
    .string()
    .min(1)
    .optional()
    .describe(
      'A replacement price file (same format as src/cost/prices.json), relative to the project folder.',
    ),
});

/** The validated `economics:` section. */
export type EconomicsConfig = z.infer<typeof economicsSchema>;
