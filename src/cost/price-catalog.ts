import { z } from 'zod';

/**
 * The shape of the dated price data (src/cost/prices.json, or a replacement named by
 * `economics.prices_file` / `fixfirst cost --prices`). Every price names a source and a date, so
 * a report can say how old each figure is. Token prices are USD per 1M tokens.
 */

/** `2026-11`, `2026-11-09`: when a figure was read or published. */
const monthOrDay = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, 'expected a date as YYYY-MM or YYYY-MM-DD');
/** A calendar day, `2027-01-06`. */
const day = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'expected a date as YYYY-MM-DD');
/** A price date, or `undated` when the source gives none. */
const asOf = z.union([monthOrDay, z.literal('undated')]);
/** USD per 1M tokens; above $10,000 is a typo, not a price. */
const perMillion = z.number().min(0).max(10_000);
/** USD per hour or per month of something; above $1,000,000 is a typo. */
const usd = z.number().min(0).max(1_000_000);

/**
 * How much a source can be trusted: research/evidence-cost.md's labels, plus `configured` for
 * figures the user set (economics.prices, command-line prices).
 */
export const evidenceLevels = ['verified', 'secondary', 'unverified', 'derived', 'configured'] as const;

/** A document a figure comes from. */
export const priceSourceSchema = z.strictObject({
  title: z.string().min(1).describe('What the document says, briefly.'),
  url: z.string().min(1).describe('Where to read it (a URL or a document reference).'),
  read: monthOrDay.describe('When the figure was read.'),
  published: monthOrDay.optional().describe('When the document was published, when known.'),
  evidence: z.enum(evidenceLevels),
  note: z.string().optional(),
});

/** Prompt caching rules of a provider. */
export const cachingRuleSchema = z.strictObject({
  automatic: z.boolean().describe('Caching happens without code changes (OpenAI).'),
  minimumPromptTokens: z
    .number()
    .int()
    .min(0)
    .nullable()
    .describe('Prompts shorter than this are never cached.'),
  cachedInputMultiplier: z
    .number()
    .min(0)
    .max(1)
    .nullable()
    .describe('Cached input price as a share of the input price, when a model has no explicit cached price.'),
  source: z.string(),
  note: z.string().optional(),
});

/** A provider and its caching rules. */
export const providerSchema = z.strictObject({
  id: z.string().min(1),
  name: z.string().min(1),
  caching: cachingRuleSchema.nullable(),
});

/** Input, cached input and output prices, USD per 1M tokens. */
export const tokenPricesSchema = z.strictObject({
  input: perMillion,
  cachedInput: perMillion.nullable().describe('null: no cached-input discount known.'),
  output: perMillion,
});

/** How a training run is billed. */
export const trainingPriceSchema = z.union([
  z.strictObject({
    perMillionTokens: perMillion.describe('USD per 1M billed training tokens (tokens x epochs).'),
  }),
  z.strictObject({ perHour: usd.describe('USD per hour of training (OpenAI reinforcement fine-tuning).') }),
  z.strictObject({
    selfHosted: z.strictObject({
      throughput: z.string().min(1).describe('Id of a row in `throughput`.'),
      gpu: z.string().min(1).describe('GPU type priced from `gpuOffers`.'),
      gpus: z.number().int().min(1).max(1024),
    }),
  }),
]);

/** How serving a fine-tuned model is billed besides its tokens. */
export const hostingSchema = z.union([
  z.strictObject({ usdPerMonth: usd.describe('0 for serverless.') }),
  z.strictObject({
    gpu: z.string().min(1),
    gpus: z.number().int().min(1).max(1024),
    hoursPerMonth: z.number().min(0).max(744).describe('730 for always on.'),
  }),
]);

/** What fine-tuning a model costs, and what serving the result costs. */
export const fineTuningPricesSchema = z.strictObject({
  training: trainingPriceSchema.nullable().describe('null: the rate is not known.'),
  inference: tokenPricesSchema.nullable().describe('Fine-tuned model inference; null: not known.'),
  hosting: hostingSchema.nullable().describe('Serving besides tokens; null: not known.'),
  minimumPerJob: usd.describe('Minimum charge per training job.'),
  storagePerMonth: usd.describe('Storage per fine-tuned model per month.'),
  source: z.string(),
  asOf,
  note: z.string().optional(),
});

/** One model (or a provider's size bracket) with its base and fine-tuning prices. */
export const modelPricesSchema = z.strictObject({
  id: z
    .string()
    .regex(/^[a-z0-9-]+:[^\s]+$/, 'expected provider:model, e.g. openai:gpt-4.1-mini')
    .describe('provider:model'),
  aliases: z.array(z.string().min(1)).default([]),
  parametersBillion: z.number().positive().optional(),
  inference: tokenPricesSchema
    .extend({ source: z.string(), asOf })
    .nullable()
    .describe('Base-model inference.'),
  fineTuning: fineTuningPricesSchema.nullable(),
  note: z.string().optional(),
});

/** Kinds of platform change that can strand a fine-tuning plan. */
export const lifecycleKinds = [
  'no_new_fine_tuning_jobs',
  'fine_tuned_models_retired',
  'base_model_retired',
  'fine_tuning_deprecated',
] as const;

/** A dated platform change: fine-tuning endpoints closing, base models and their fine-tunes retired. */
export const lifecycleEventSchema = z.strictObject({
  date: day.nullable().describe('null: in effect when the source was read, no date given.'),
  kind: z.enum(lifecycleKinds),
  who: z
    .enum(['new_organizations', 'inactive_organizations', 'everyone'])
    .optional()
    .describe('For no_new_fine_tuning_jobs: whom it stops.'),
  provider: z.string().min(1),
  models: z.array(z.string()).describe('Model ids affected; empty means the whole provider.'),
  text: z.string().min(1).describe('What the source says.'),
  source: z.string(),
  alsoSource: z.string().optional(),
});

/** One on-demand GPU offer. */
export const gpuOfferSchema = z.strictObject({
  gpu: z.string().min(1).describe('GPU type, e.g. h100-80gb.'),
  offer: z.string().min(1),
  usdPerHour: z.number().min(0).max(1_000).describe('USD per GPU-hour.'),
  source: z.string(),
  asOf,
});

/** A training-throughput figure (tokens per second for the whole setup). */
export const throughputSchema = z.strictObject({
  id: z.string().min(1),
  model: z.string().min(1),
  method: z.enum(['full', 'lora', 'qlora']),
  hardware: z.string().min(1),
  gpus: z.number().int().min(1),
  tokensPerSecond: z.number().positive().max(10_000_000),
  source: z.string(),
});

/** The whole price file. */
export const priceCatalogSchema = z.strictObject({
  schemaVersion: z.literal(1),
  version: day.describe('Date this price file was assembled.'),
  currency: z.literal('USD'),
  note: z.string().optional(),
  sources: z.record(z.string(), priceSourceSchema),
  providers: z.array(providerSchema),
  models: z.array(modelPricesSchema),
  events: z.array(lifecycleEventSchema),
  gpuOffers: z.array(gpuOfferSchema),
  throughput: z.array(throughputSchema),
  labelling: z.strictObject({
    hourlyRate: usd,
    examplesPerHour: z.strictObject({ low: z.number().positive(), high: z.number().positive() }),
    source: z.string(),
    llmAnnotationPerItem: z.strictObject({ usd, source: z.string(), note: z.string().optional() }),
  }),
});

/** The validated price data. */
export type PriceCatalog = z.infer<typeof priceCatalogSchema>;
/** One model's prices. */
export type ModelPrices = z.infer<typeof modelPricesSchema>;
/** Input, cached input, output (USD per 1M tokens). */
export type TokenPrices = z.infer<typeof tokenPricesSchema>;
/** A fine-tuning price entry. */
export type FineTuningPrices = z.infer<typeof fineTuningPricesSchema>;
/** A dated platform change. */
export type LifecycleEvent = z.infer<typeof lifecycleEventSchema>;
/** A source document. */
export type PriceSource = z.infer<typeof priceSourceSchema>;
/** A provider's caching rule. */
export type CachingRule = z.infer<typeof cachingRuleSchema>;
/** How much a source can be trusted. */
export type EvidenceLevel = (typeof evidenceLevels)[number];
