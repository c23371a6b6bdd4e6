import { z } from 'zod';
import { findingSchema } from './data-question.js';
import { estimateSchema, evidenceKindSchema, notAssessedSchema } from './estimate.js';

/** Accuracy of one slice of the items (a prompt position, a context length) with its test against the rest. */
export const accuracySliceSchema = z.object({
  label: z.string().describe('e.g. "position 1", "2–3", "last"; "≤ 1,200 chars".'),
  accuracy: estimateSchema.describe('Lenient accuracy in this slice (Wilson).'),
  pValue: z.number().describe('Fisher exact test, this slice vs all other items of the comparison.'),
  adjustedPValue: z.number().describe('Holm-adjusted across the slices of the comparison.'),
});

/** Retrieval quality at the operating k (the passages that reach the prompt), and deeper when known. */
export const retrievalQualitySchema = z.object({
  source: z
    .enum(['inline', 'qrels_run'])
    .describe(
      'inline: contexts and gold ids in eval rows; qrels_run: qrels + TREC run files (trec_eval rules).',
    ),
  k: z.number().int(),
  queries: z.number().int().describe('Queries (items) measured.'),
  hitRate: estimateSchema.describe(
    'success@k: share of queries with a relevant passage in the first k (Wilson).',
  ),
  recall: estimateSchema.describe('recall@k, mean over queries (percentile bootstrap).'),
  reciprocalRank: estimateSchema.describe('MRR (recip_rank, no cutoff), mean over queries (bootstrap).'),
  ndcg: estimateSchema.describe('ndcg_cut@k, mean over queries (bootstrap).'),
  measures: z
    .record(z.string(), z.number())
    .describe('trec_eval measures averaged over queries (`all`), with trec_eval names.'),
});

/** Where the gold passage was for failures that missed it: deeper in the ranking, or nowhere. */
export const goldDepthSchema = z.object({
  k: z.number().int(),
  rankedDepth: z.number().int().describe('Most documents ranked for one query in the run.'),
  misses: z.number().int().describe('Items (with a ranking) whose gold passage was not in the first k.'),
  deeper: z
    .number()
    .int()
    .describe('… of which the gold passage is ranked below k: reranking or a larger k can fix them.'),
  nowhere: z
    .number()
    .int()
    .describe('… of which the gold passage is not retrieved at all: an index, chunking or query problem.'),
  deeperShare: estimateSchema.describe('deeper / misses (Wilson).'),
});

/** Chunk hygiene in the prompt contexts. */
export const chunkHygieneSchema = z.object({
  itemsWithContexts: z.number().int(),
  duplicateChunks: z
    .number()
    .int()
    .describe('Passages repeating another passage of the same prompt (same id or same text).'),
  itemsWithDuplicates: z.number().int(),
  emptyChunks: z.number().int().describe('Passages with no text while others have text.'),
  itemsWithEmpty: z.number().int(),
});

/** Q4: is there a foundation (retrieval, eval-set) problem underneath? */
export const foundationQuestionSchema = z.union([
  notAssessedSchema.extend({
    hygiene: z
      .array(findingSchema)
      .optional()
      .describe('Eval-set hygiene findings (they need no retrieval data).'),
  }),
  z.object({
    status: z
      .enum(['foundation_gap', 'no_foundation_gap', 'inconclusive'])
      .describe(
        'foundation_gap: the gold-missing share of failures reaches the threshold and the hit/miss accuracy gap is significant; inconclusive: too few items with or without the gold passage.',
      ),
    reason: z.string(),
    goldSource: z
      .enum(['gold_ids', 'answer_in_context', 'mixed'])
      .describe(
        'How "the gold passage reached the prompt" was decided: gold ids, or (without them) the reference answer appearing in a passage.',
      ),
    items: z.object({
      total: z.number().int(),
      assessed: z
        .number()
        .int()
        .describe('Items where it is known whether the gold passage reached the prompt.'),
      goldPresent: z.number().int(),
      goldMissing: z.number().int(),
      failures: z
        .number()
        .int()
        .describe('Assessed items wrong even after normalisation (behavioral or mixed).'),
      failuresGoldMissing: z.number().int(),
    }),
    goldMissingShareOfFailures: estimateSchema.describe(
      'Failures whose gold passage never reached the prompt / all failures (Wilson): an upper bound on the failures retrieval fixes can buy.',
    ),
    accuracyGoldPresent: estimateSchema.describe(
      'Lenient accuracy when the gold passage reached the prompt (Wilson).',
    ),
    accuracyGoldMissing: estimateSchema.describe('Lenient accuracy when it did not (Wilson).'),
    gap: estimateSchema.describe(
      'Accuracy with gold present minus with gold missing (Newcombe hybrid score interval).',
    ),
    pValue: z.number().describe('Fisher exact test (two-sided) of the hit/miss difference.'),
    threshold: z.number().describe('thresholds.foundation_share'),
    minimumGroup: z.number().int().describe('Items needed both with and without the gold passage to decide.'),
    itemsNeeded: z
      .number()
      .int()
      .nullable()
      .describe('When inconclusive: about how many items would give enough of each group.'),
    projectedLift: z
      .union([estimateSchema.extend({ kind: evidenceKindSchema, note: z.string() }), notAssessedSchema])
      .describe(
        "Accuracy points perfect retrieval could add: the headroom waterfall's foundation bar (a confounded estimate); not_assessed when the evidence cannot carry it (inconclusive, gold ids that match no passage id, too few items with the gold passage).",
      ),
    retrieval: retrievalQualitySchema
      .nullable()
      .describe('Retrieval measures at the operating k; null without gold ids.'),
    goldDepth: goldDepthSchema
      .nullable()
      .describe('Deeper vs nowhere; null without a run ranked deeper than k.'),
    byPosition: z
      .array(accuracySliceSchema)
      .describe(
        'Accuracy among items with the gold passage, by its position in the prompt (first, 2–3, middle, last).',
      ),
    byContextLength: z
      .array(accuracySliceSchema)
      .describe('Accuracy by total context length in characters (quartiles of the assessed items).'),
    chunks: chunkHygieneSchema,
    answerInContext: z
      .object({
        items: z.number().int().describe('Items decided by answer-in-context (no gold ids).'),
        missesWithAnswerElsewhere: z
          .number()
          .int()
          .describe(
            'Gold-id misses whose reference answer is in a non-gold passage: a sign of incomplete gold ids.',
          ),
      })
      .describe('Answer-in-context: the fallback without gold ids, and a cross-check of gold ids.'),
    findings: z
      .array(findingSchema)
      .describe(
        'Retrieval-data problems: unknown gold ids, duplicate or empty chunks, ids in one file only.',
      ),
    hygiene: z
      .array(findingSchema)
      .describe(
        'Eval-set hygiene findings: duplicates, missing or contradictory references, HTML, mojibake, truncation.',
      ),
    details: z
      .record(z.string(), z.unknown())
      .describe('Assumptions and settings used (k, relevance level, seed).'),
  }),
]);
