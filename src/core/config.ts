import { z } from 'zod';
import { auditSettingsSchema } from './config-audit.js';
import { economicsSchema } from './config-economics.js';
import { liveSchema } from './config-live.js';
import { promptSchema } from './config-prompt.js';
import type { JsonValue } from './json.js';

/**
 * fixfirst.yaml, validated with zod. `schemas/fixfirst.schema.json` is generated from these schemas
 * (`npm run schemas`) and a test keeps it in step. Keys are snake_case, as in DESIGN §4.
 */

const jsonValue: z.ZodType<JsonValue> = z.lazy(() =>
  z.union([
    z.string(),
    z.number(),
    z.boolean(),
    z.null(),
    z.array(jsonValue),
    z.record(z.string(), jsonValue),
  ]),
);

/** A data file: a path, or a path with an explicit format. */
export const fileReference = z.union([
  z.string().min(1).describe('Path relative to the project folder.'),
  z.strictObject({
    path: z.string().min(1).describe('Path relative to the project folder.'),
    format: z.string().optional().describe('Override the format detected from the extension or content.'),
  }),
]);

/** One contract check: `{check: max_words, n: 120}`; parameters sit next to `check`. */
export const checkSpecSchema = z
  .object({
    check: z.string().min(1).describe('Check id (see `fixfirst checks`) or an IFEval instruction id.'),
  })
  .catchall(jsonValue)
  .describe('A contract check and its parameters.');

/** The correctness scorer: `{type: json-fields, fields: [category]}`. */
export const scoreSpecSchema = z
  .object({ type: z.string().min(1).describe('Scorer id (see `fixfirst scorers`).') })
  .catchall(jsonValue)
  .describe('How an output is compared with its reference.');

/** Decision thresholds (DESIGN §2.3). All are printed in every report. */
export const thresholdsSchema = z.strictObject({
  surface_share: z
    .number()
    .min(0)
    .max(1)
    .default(0.5)
    .describe('FIX_PROMPT when at least this share of failures is surface-level.'),
  foundation_share: z
    .number()
    .min(0)
    .max(1)
    .default(0.25)
    .describe(
      'FIX_FOUNDATION when at least this share of failures had the gold passage missing (and the gap is significant).',
    ),
  min_items: z.number().int().min(1).default(50).describe('Fewer eval items than this gives INCONCLUSIVE.'),
  min_failures: z
    .number()
    .int()
    .min(1)
    .default(10)
    .describe(
      'Fewer failing items than this is too few to tell surface from behavioral (unless accuracy is already high).',
    ),
  min_lift: z
    .number()
    .min(0)
    .max(1)
    .default(0.03)
    .describe(
      'Smallest accuracy gain worth acting on (0.03 = 3 points). A behavioral remainder below it gives NOT_WORTH_IT.',
    ),
  alpha: z
    .number()
    .gt(0)
    .lt(0.5)
    .default(0.05)
    .describe('Significance level for tests and 1 - confidence for intervals.'),
});

/** Retrieval data: inline in eval rows, or qrels + run files. */
export const retrievalSchema = z.strictObject({
  k: z.number().int().min(1).default(5).describe('How many passages reach the prompt.'),
  qrels: z.string().optional().describe('TREC/BEIR qrels file (`qid 0 docid rel`).'),
  run: z.string().optional().describe('TREC run file (`qid Q0 docid rank score runid`).'),
  corpus: z
    .string()
    .min(1)
    .optional()
    .describe(
      'JSONL of passages {"_id" or "id", "text"} (BEIR corpus.jsonl): the texts of gold passages no prompt holds, so their ids resolve (and oracle-context runs can show them).',
    ),
  level: z
    .number()
    .int()
    .min(1)
    .default(1)
    .describe('Minimum relevance grade that counts as relevant (trec_eval -l).'),
});

/** The whole fixfirst.yaml. */
export const projectConfigSchema = z.strictObject({
  task: z.string().default('').describe('One line: what the LLM feature does.'),
  eval: fileReference.describe('The eval set (JSONL, JSON or CSV). Required.'),
  train: fileReference.optional().describe('Candidate fine-tuning set (enables Q2, the data audit).'),
  retrieval: retrievalSchema.optional(),
  prompt: promptSchema.optional(),
  model: z
    .string()
    .optional()
    .describe('Live mode model, e.g. openai:gpt-4o-mini, anthropic:claude-haiku-4-5.'),
  score: scoreSpecSchema.default({ type: 'exact' }),
  contract: z.array(checkSpecSchema).default([]).describe('What every output must look like: the surface.'),
  thresholds: thresholdsSchema.default(thresholdsSchema.parse({})),
  economics: economicsSchema
    .optional()
    .describe('Traffic, value and prices for Q3 (see README "Economics").'),
  audit: auditSettingsSchema.optional(),
  live: liveSchema.optional().describe('Live-mode settings (see README "Live mode").'),
});

/** fixfirst.yaml after validation and defaults. */
export type ProjectConfig = z.infer<typeof projectConfigSchema>;
/** Decision thresholds after defaults. */
export type Thresholds = z.infer<typeof thresholdsSchema>;
/** A file reference as written. */
export type FileReference = z.infer<typeof fileReference>;

/** The path of a file reference. */
export function referencePath(reference: FileReference): string {
  return typeof reference === 'string' ? reference : reference.path;
}

/** The explicit format of a file reference, if any. */
export function referenceFormat(reference: FileReference): string | undefined {
  return typeof reference === 'string' ? undefined : reference.format;
}
