import { z } from 'zod';
import { evidenceKindSchema } from './estimate.js';

/** Bumped on any breaking change to the `fixfirst audit --json` output. */
export const auditReportSchemaVersion = 1;

/** A data finding (src/core/finding.ts). */
export const findingSchema = z.object({
  code: z.string().describe('Stable snake_case code, e.g. exact_duplicate.'),
  severity: z.enum(['error', 'warning', 'info']),
  message: z.string(),
  rows: z
    .array(z.number().int())
    .describe('1-based line or record numbers (capped; rowCount has the full count).'),
  rowCount: z.number().int(),
  evidence: z
    .record(z.string(), z.unknown())
    .describe('Twin rows, similarity, redacted matches, thresholds used.'),
});

/** A token total with its 95% interval. */
export const tokenTotalSchema = z.object({
  value: z.number(),
  low: z.number(),
  high: z.number(),
  kind: evidenceKindSchema,
  method: z.string(),
});

const distributionSchema = z.object({
  min: z.number(),
  max: z.number(),
  mean: z.number(),
  median: z.number(),
  p5: z.number().describe('True 5th percentile (the cookbook prints the 10th under this name).'),
  p95: z.number().describe('True 95th percentile.'),
});

/** Token counts, epochs and billed tokens (OpenAI cookbook formula and epoch rule). */
export const tokenSummarySchema = z.object({
  encoding: z.string().describe('Tokenizer encoding (o200k_base or cl100k_base).'),
  counting: z
    .enum(['exact', 'sampled'])
    .describe('sampled: a seeded sample counted exactly, the rest estimated.'),
  rows: z.number().int(),
  exactRows: z.number().int().describe('Rows counted with the tokenizer.'),
  total: tokenTotalSchema,
  target: tokenTotalSchema.describe('Tokens of trained assistant content.'),
  perExample: distributionSchema,
  targetPerExample: distributionSchema,
  contextLimit: z.number().int(),
  overLimit: z.number().int().describe('Examples over the context limit (always counted exactly).'),
  billing: z.object({
    epochs: z.number().int(),
    epochRule: z.string(),
    tokensPerEpoch: tokenTotalSchema,
    chargedTokens: tokenTotalSchema,
  }),
  sample: z.object({ rate: z.number(), rows: z.number().int() }).nullable(),
});

/** One ranked reason (a finding code) with the figures behind it. */
export const readinessReasonSchema = z.object({
  code: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
  rows: z.number().int().describe('Distinct rows affected.'),
  share: z.number().describe('rows / all rows read.'),
  tolerance: z.number().nullable().describe('Share tolerated before the code blocks readiness.'),
  text: z.string(),
});

/** The output of `fixfirst audit --json`. */
export const auditReportSchema = z.object({
  schemaVersion: z.literal(auditReportSchemaVersion),
  tool: z.object({ name: z.literal('fixfirst'), version: z.string() }),
  file: z.string().describe('The training set, as named on the command line.'),
  format: z.string().describe('Record format: chat, alpaca, sharegpt, prompt_completion, or unknown.'),
  fileFormat: z.enum(['jsonl', 'json', 'csv', 'parquet']),
  formatOrigin: z.enum(['detected', 'given']),
  rows: z.number().int().describe('Rows read (valid examples and rows with problems).'),
  examples: z.number().int().describe('Rows that are valid examples.'),
  model: z.object({
    name: z.string(),
    encoding: z.string(),
    exactTokenizer: z.boolean().describe('False when the encoding only approximates the model tokenizer.'),
  }),
  tokens: tokenSummarySchema,
  readiness: z.object({
    status: z.enum(['ready', 'not_ready']),
    rule: z.string(),
    reasons: z.array(readinessReasonSchema).describe('Ranked: errors first, then by rows affected.'),
  }),
  summary: z.record(z.string(), z.number().int()).describe('Finding code -> distinct rows affected.'),
  findings: z.array(findingSchema),
  boilerplate: z.object({
    lines: z.number().int().describe('Lines shared by many rows, ignored for similarity.'),
    samples: z.array(z.string()),
  }),
  stats: z
    .record(z.string(), z.record(z.string(), z.unknown()))
    .describe('Figures each audit reports about itself.'),
  thresholds: z
    .record(z.string(), z.unknown())
    .describe('The audit settings used (fixfirst.yaml audit:, with defaults).'),
});

/** The audit JSON as a TypeScript type. */
export type AuditReport = z.infer<typeof auditReportSchema>;
