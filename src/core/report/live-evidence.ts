import { z } from 'zod';
import { estimateSchema } from './estimate.js';

/** The live experiments (DESIGN §3). */
export const liveExperimentKinds = ['prompt_repair', 'oracle_context', 'k_shot'] as const;

/**
 * What counts as a success for an item in a comparison, declared by each experiment: `strict_pass`
 * (correct and every contract check met — what a prompt repair targets) or `lenient_correct` (right
 * in content once surface noise such as code fences or casing is set aside — so a surface problem
 * shared by both arms cannot mask what gold passages or examples add, as offline Q4 does).
 */
export const outcomeMeasures = ['strict_pass', 'lenient_correct'] as const;
/** One outcome measure. */
export type OutcomeMeasure = (typeof outcomeMeasures)[number];

/** How reports name each outcome measure: a short name and what it means. */
export const outcomeMeasureLabels: Record<OutcomeMeasure, { name: string; meaning: string }> = {
  strict_pass: { name: 'strict pass', meaning: 'correct and contract met' },
  lenient_correct: { name: 'lenient correctness', meaning: 'right in content; form ignored' },
};

/** How a sequential comparison ended. */
export const comparisonStops = ['lift', 'no_lift', 'worse', 'inconclusive', 'budget', 'not_started'] as const;

/** One paired comparison of a candidate against the baseline on the same items. */
export const comparisonSchema = z.object({
  id: z.string().describe('Stable id, e.g. `repair-deterministic`, `oracle-gold-only`, `k-shot-16-nearest`.'),
  experiment: z.enum(liveExperimentKinds),
  label: z.string(),
  description: z.string().describe('What the candidate changes.'),
  items: z.number().int().describe('Items both systems were scored on before the comparison stopped.'),
  itemsAvailable: z.number().int().describe('Items the comparison could have used.'),
  table: z
    .object({
      bothRight: z.number().int(),
      onlyBaseline: z.number().int().describe('Baseline right, candidate wrong.'),
      onlyCandidate: z.number().int().describe('Candidate right, baseline wrong.'),
      bothWrong: z.number().int(),
    })
    .describe("The paired 2×2 table of successes on the experiment's outcome measure."),
  baselineAccuracy: estimateSchema.describe("Baseline success rate on the experiment's outcome measure."),
  candidateAccuracy: estimateSchema.describe("Candidate success rate on the experiment's outcome measure."),
  lift: estimateSchema.describe(
    'Candidate minus baseline with a Newcombe (method 10) interval at the stopping point (fixed-n; descriptive after early stopping).',
  ),
  mcnemarMidP: z
    .number()
    .describe('McNemar mid-p at the stopping point (fixed-n; descriptive after early stopping).'),
  anytime: z
    .object({
      low: z.number(),
      high: z.number(),
      pValue: z.number(),
      alpha: z
        .number()
        .describe('Level of this comparison: alpha divided by the comparisons in its experiment.'),
    })
    .describe(
      'Betting confidence sequence on the lift: valid at the data-dependent stopping time. Decisions use it.',
    ),
  stop: z
    .enum(comparisonStops)
    .describe(
      'lift: interval above 0; no_lift: interval below thresholds.min_lift; worse: interval below 0; inconclusive: items ran out; budget: the cost cap stopped it.',
    ),
  reason: z.string(),
  calls: z
    .number()
    .int()
    .describe('New model calls this comparison made (the baseline run is counted separately).'),
  cachedCalls: z.number().int(),
});
/** One paired comparison, as in report.json. */
export type Comparison = z.infer<typeof comparisonSchema>;

/** One experiment: its comparisons, or why it did not run. */
export const liveExperimentSchema = z.object({
  experiment: z.enum(liveExperimentKinds),
  outcome: z
    .enum(outcomeMeasures)
    .default('strict_pass')
    .describe(
      'What counts as a success in its comparisons (declared by the experiment): strict_pass (correct and contract met) or lenient_correct (right in content, form ignored). Reports written before this field existed judged every experiment on strict_pass.',
    ),
  status: z.enum(['measured', 'not_run']),
  reason: z.string(),
  comparisons: z.array(comparisonSchema),
  details: z.record(z.string(), z.unknown()).describe('Prompts tried, screening results, selection rules.'),
});
/** One live experiment, as in report.json. */
export type LiveExperiment = z.infer<typeof liveExperimentSchema>;

/** What live mode measured and spent (report.live). */
export const liveEvidenceSchema = z.object({
  model: z.string().describe('provider:model of the task calls.'),
  endpoint: z.string().describe('Base URL called (never a key).'),
  baselineItems: z.number().int(),
  seed: z.number().int().describe('Seed of the item order and of random example selection.'),
  batchSize: z.number().int().describe('Items per look of the sequential tests.'),
  minLift: z.number().describe('thresholds.min_lift: a lift whose interval ends below it is "no_lift".'),
  alpha: z.number(),
  spend: z.object({
    calls: z.number().int(),
    cachedCalls: z.number().int(),
    retries: z.number().int(),
    inputTokens: z.number().int(),
    outputTokens: z.number().int(),
    costUsd: z.number().nullable().describe('From reported usage; null when no price is known.'),
    capUsd: z.number().nullable(),
    priceSource: z.string().nullable(),
  }),
  stoppedByBudget: z.boolean().describe('The cost cap stopped one or more experiments.'),
  experiments: z.array(liveExperimentSchema),
});
/** report.live. */
export type LiveEvidence = z.infer<typeof liveEvidenceSchema>;

/** Where the outputs diagnosed came from. */
export const outputsSourceSchema = z.object({
  source: z
    .enum(['eval', 'run', 'live'])
    .describe(
      'eval: recorded in the eval file; run: recorded by `fixfirst run`; live: produced by this diagnose --live.',
    ),
  model: z.string().optional().describe('provider:model that wrote them.'),
  endpoint: z.string().optional().describe('Base URL that answered (never a key).'),
  recordedAt: z.string().optional().describe('When the last of them was recorded.'),
  note: z
    .string()
    .optional()
    .describe(
      "How they were found when the project's own model and endpoint have none: by prompt and settings, from the one model and endpoint in the store that has them all.",
    ),
});
