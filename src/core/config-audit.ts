import { z } from 'zod';

/**
 * The `audit:` section of fixfirst.yaml: every knob of the training-data audit, with the defaults
 * of research/data.md (§11, the checklist) and the source each comes from. All keys are optional.
 */

const share = (fallback: number, text: string) => z.number().min(0).max(1).default(fallback).describe(text);
const count = (fallback: number, text: string) => z.number().int().min(0).default(fallback).describe(text);

/** Codes `fixfirst clean` removes rows for by default (the others only warn). */
export const defaultCleanRemovals = [
  'format_error',
  'empty_target',
  'placeholder',
  'exact_duplicate',
  'near_duplicate',
  'eval_leakage',
  'contract_violation_in_target',
] as const;

const tokensSchema = z
  .strictObject({
    exact: z
      .boolean()
      .default(false)
      .describe('Count every row with the tokenizer (as --exact-tokens), however large the file.'),
    exact_up_to: count(
      10_000,
      'Rows counted exactly before sampling starts; smaller files are always counted exactly.',
    ),
    sample: count(
      20_000,
      'Rows (after exact_up_to) counted exactly to estimate the rest, with a 95% interval.',
    ),
    seed: z.number().int().default(7).describe('Seed of the sample.'),
  })
  .prefault({});

const epochsSchema = z
  .strictObject({
    target: count(3, 'TARGET_EPOCHS of the OpenAI cookbook.'),
    min_target_examples: count(100, 'MIN_TARGET_EXAMPLES: fewer examples x epochs raises the epochs.'),
    max_target_examples: count(25_000, 'MAX_TARGET_EXAMPLES: more lowers them.'),
    min_default: count(1, 'MIN_DEFAULT_EPOCHS.'),
    max_default: count(25, 'MAX_DEFAULT_EPOCHS.'),
  })
  .prefault({})
  .describe('The default epoch rule of the OpenAI cookbook (data.md §1.4).');

const sizeSchema = z
  .strictObject({
    error_below: count(10, 'Fewer examples is an error (OpenAI minimum: 10).'),
    warn_below: count(50, 'Fewer examples is a warning (OpenAI: improvements from 50-100).'),
  })
  .prefault({});

const nearDuplicatesSchema = z
  .strictObject({
    threshold: share(0.8, 'Word 5-gram Jaccard at or above which two rows are near duplicates.'),
    shingle_words: z.number().int().min(1).max(20).default(5).describe('Words per shingle (5 as datatrove).'),
    bands: z
      .number()
      .int()
      .min(1)
      .default(16)
      .describe(
        'LSH bands. 16 x 8 = 128 hashes makes 95% of pairs at Jaccard 0.8 candidates (9 x 13: 40%); candidates are verified exactly.',
      ),
    rows_per_band: z.number().int().min(1).default(8).describe('Hashes per band.'),
    seed: z.number().int().default(42).describe('MinHash seed.'),
  })
  .prefault({});

const boilerplateSchema = z
  .strictObject({
    share: share(0.05, 'A line in at least this share of rows is a template line, ignored for similarity.'),
    min_rows: count(10, 'And in at least this many rows (so small sets keep their lines).'),
    decide_after: count(2_000, 'Rows read before template lines are decided (checked again at the end).'),
  })
  .prefault({});

const conflictsSchema = z
  .strictObject({
    prompt_threshold: share(
      0.7,
      'Prompts at or above this word 5-gram Jaccard count as near-same (data.md: >= 0.7 warn); a conflict also needs contradicting targets.',
    ),
    max_target_similarity: share(
      0.5,
      'Targets of the same prompt below this word Jaccard conflict; above it they are paraphrases.',
    ),
    bands: z
      .number()
      .int()
      .min(1)
      .default(20)
      .describe('LSH bands for prompts (20 x 6 makes 92% of pairs at Jaccard 0.7 candidates).'),
    rows_per_band: z.number().int().min(1).default(6).describe('Hashes per band.'),
  })
  .prefault({});

const classBalanceSchema = z
  .strictObject({
    threshold: share(0.1, 'Rarest class share below threshold x 1/K is an imbalance (cleanlab).'),
    max_labels: count(50, 'More distinct values than this is free text, not labels.'),
    max_label_words: count(4, 'A label has at most this many words.'),
    min_label_share: share(0.9, 'Targets are label-like when at least this share of them is short.'),
  })
  .prefault({});

const lengthSchema = z
  .strictObject({
    iqr_multiplier: z.number().min(0).default(1.7).describe('Outlier above Q3 + k x IQR (cleanlab 0.37037).'),
    short_target_tokens: count(2, 'Targets of at most this many tokens are near-empty (unless label-like).'),
  })
  .prefault({});

const languageSchema = z
  .strictObject({
    min_chars: count(60, 'Texts shorter than this are not language-checked (detectors fail on short text).'),
  })
  .prefault({});

const piiSchema = z
  .strictObject({
    kinds: z
      .array(z.enum(['email', 'card', 'iban', 'ip', 'phone', 'secret']))
      .default(['email', 'card', 'iban', 'ip', 'phone', 'secret'])
      .describe('PII kinds to look for.'),
    allow: z
      .array(z.string())
      .default([])
      .describe('Email domains (or whole addresses) that are placeholders, not PII, e.g. example.com.'),
  })
  .prefault({});

const leakageSchema = z
  .strictObject({
    ngram: z.number().int().min(2).default(13).describe('Word n-gram overlap (GPT-3, lm-eval-harness: 13).'),
    substring_chars: z
      .number()
      .int()
      .min(10)
      .default(50)
      .describe('Lowercased substring length (GPT-4: 50).'),
    substrings_per_item: z.number().int().min(0).default(3).describe('Substrings sampled per eval item.'),
    min_short_tokens: z
      .number()
      .int()
      .min(1)
      .default(4)
      .describe('Items shorter than `ngram` words match whole when at least this long.'),
    seed: z.number().int().default(13).describe('Seed for the substring sample.'),
  })
  .prefault({});

const refusalsSchema = z
  .strictObject({
    phrases: z
      .array(z.string().min(3))
      .default([])
      .describe('More refusal or boilerplate phrases (case-insensitive), added to the built-in list.'),
  })
  .prefault({});

const cleanSchema = z
  .strictObject({
    remove: z
      .array(z.string())
      .default([...defaultCleanRemovals])
      .describe('Finding codes whose rows `fixfirst clean` drops; the others only warn.'),
  })
  .prefault({});

/** The `audit:` section. */
export const auditSettingsSchema = z
  .strictObject({
    model: z
      .string()
      .optional()
      .describe(
        'Model to fine-tune (picks the tokenizer): gpt-4o-mini, gpt-3.5-turbo, ... Default: the project model.',
      ),
    encoding: z
      .enum(['o200k_base', 'cl100k_base'])
      .optional()
      .describe('Tokenizer encoding; overrides the one picked from the model.'),
    context_limit: z
      .number()
      .int()
      .min(1)
      .default(16_385)
      .describe('Tokens per example; longer ones are truncated in training (cookbook: 16,385).'),
    max_line_bytes: z
      .number()
      .int()
      .min(1024)
      .default(16 * 1024 * 1024)
      .describe('A JSONL line or CSV record longer than this is reported and skipped, not read.'),
    disable: z.array(z.string()).default([]).describe('Audit ids to skip (see README "Data audit").'),
    threads: z
      .number()
      .int()
      .min(1)
      .max(2)
      .default(2)
      .describe(
        'Threads: 2 runs part of the audit in a worker thread (each thread reads the file). `fixfirst diagnose`: always, the audits that need no token counts or contract, started as soon as fixfirst.yaml is read; `fixfirst audit` and `clean`: files of `parallel_min_bytes` and more, the near-duplicate, conflict and leakage checks.',
      ),
    parallel_min_bytes: z
      .number()
      .int()
      .min(0)
      .default(32 * 1024 * 1024)
      .describe(
        '`fixfirst audit` and `clean`: files at least this large use `threads`, smaller ones one thread (diagnose uses the second thread at any size).',
      ),
    tolerance: z
      .record(z.string(), z.number().min(0).max(1))
      .default({})
      .describe(
        'Finding code -> share of rows tolerated before it blocks readiness (merged with the defaults).',
      ),
    tokens: tokensSchema,
    epochs: epochsSchema,
    size: sizeSchema,
    boilerplate: boilerplateSchema,
    near_duplicates: nearDuplicatesSchema,
    conflicts: conflictsSchema,
    class_balance: classBalanceSchema,
    length: lengthSchema,
    language: languageSchema,
    pii: piiSchema,
    leakage: leakageSchema,
    refusals: refusalsSchema,
    clean: cleanSchema,
  })
  .describe('Knobs for the training-data audit (see README "Data audit").');

/** The `audit:` section after defaults. */
export type AuditSettings = z.infer<typeof auditSettingsSchema>;

/** The settings with every default (no `audit:` section). */
export function defaultAuditSettings(): AuditSettings {
  return auditSettingsSchema.parse({});
}
