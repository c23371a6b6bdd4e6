import { z } from 'zod';

/** Prices per million tokens for the project's model (used when the bundled price table has none). */
export const livePricesSchema = z.strictObject({
  input_usd_per_million_tokens: z.number().min(0).describe('USD per million prompt tokens.'),
  output_usd_per_million_tokens: z.number().min(0).describe('USD per million generated tokens.'),
  cached_input_usd_per_million_tokens: z
    .number()
    .min(0)
    .optional()
    .describe('USD per million prompt tokens served from the provider cache (default: the input price).'),
});

/** The experiments `fixfirst diagnose --live` can run. */
export const liveExperimentIds = ['prompt_repair', 'oracle_context', 'k_shot'] as const;

/**
 * `live:` in fixfirst.yaml: how live mode calls the model. API keys never go here: name the
 * environment variable with `api_key_env` instead.
 */
export const liveSchema = z.strictObject({
  base_url: z
    .string()
    .min(1)
    .optional()
    .describe(
      'Base URL of the provider (beats OPENAI_BASE_URL and the like), e.g. http://127.0.0.1:8000/v1.',
    ),
  api_key_env: z
    .string()
    .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'an environment variable name, e.g. MY_PROVIDER_KEY')
    .optional()
    .describe(
      "Name of the environment variable that holds the API key (default: the provider's, e.g. OPENAI_API_KEY).",
    ),
  concurrency: z
    .number()
    .int()
    .min(1)
    .max(256)
    .default(8)
    .describe('Calls in flight at once (--concurrency beats it).'),
  requests_per_minute: z.number().positive().optional().describe('Request rate limit for this provider.'),
  tokens_per_minute: z
    .number()
    .positive()
    .optional()
    .describe('Token rate limit (prompt + output) for this provider.'),
  timeout_seconds: z
    .number()
    .positive()
    .default(60)
    .describe('A call with no complete answer by then is retried.'),
  max_retries: z
    .number()
    .int()
    .min(0)
    .max(20)
    .default(5)
    .describe(
      'Retries on 429, 5xx, timeouts and resets (exponential backoff with jitter, Retry-After honoured).',
    ),
  max_output_tokens: z
    .number()
    .int()
    .min(1)
    .default(512)
    .describe('Output limit per call; also the worst case the budget reserves before each call.'),
  temperature: z.number().min(0).max(2).default(0).describe('Sampling temperature of task calls.'),
  seed: z.number().int().optional().describe('Sampling seed sent to providers that support one.'),
  max_cost: z
    .number()
    .positive()
    .optional()
    .describe('Hard spending cap in USD for one command (--max-cost beats it). Never crossed.'),
  prices: livePricesSchema.optional(),
  corpus: z
    .string()
    .min(1)
    .optional()
    .describe(
      'JSONL of passages {"_id" or "id", "text", "title"?} (BEIR corpus.jsonl): gold passages for the oracle-context experiment.',
    ),
  optimizer_model: z
    .string()
    .min(1)
    .optional()
    .describe('Model that writes prompt rewrites from failure examples (default: the task model).'),
  experiments: z
    .array(z.enum(liveExperimentIds))
    .default([...liveExperimentIds])
    .describe('Which experiments `diagnose --live` runs (each only when its inputs exist).'),
  k_shot: z
    .array(z.number().int().min(1))
    .default([4, 16, 64])
    .describe('Example counts of the k-shot ladder (0 is the baseline).'),
  batch_size: z
    .number()
    .int()
    .min(1)
    .default(10)
    .describe('Items per look of the sequential test (early stopping is checked after each batch).'),
  shuffle_seed: z
    .number()
    .int()
    .default(1)
    .describe('Seed of the item order and of random example selection.'),
});

/** `live:` after defaults. */
export type LiveConfig = z.infer<typeof liveSchema>;
