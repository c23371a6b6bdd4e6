import { z } from 'zod';
import { costQuestionSchema } from './cost-question.js';
import { dataQuestionSchema } from './data-question.js';
import { estimateSchema, evidenceKindSchema } from './estimate.js';
import { foundationQuestionSchema } from './foundation-question.js';
import { itemClasses, itemResultSchema } from './item-result.js';
import { liveEvidenceSchema, outputsSourceSchema } from './live-evidence.js';
import { surfaceQuestionSchema } from './surface-question.js';
import { verdictSchema } from './verdict.js';

/** Bumped on any breaking change to report.json. */
export const reportSchemaVersion = 1;

const headroomStepBase = z.object({
  step: z.enum(['current', 'surface', 'foundation', 'behavioral']),
  label: z.string(),
  start: z.number().describe('Where the bar starts (cumulative accuracy before this step).'),
  note: z.string().describe('What the bar means and how it was computed (or why it was not).'),
});

/**
 * One bar of the headroom waterfall (DESIGN §2.2). Only the foundation bar can be `not_assessed`
 * (no retrieval data, Q4 inconclusive, or gold ids that do not match passage ids): it then has no
 * number, and the behavioral remainder is not reduced by it.
 */
export const headroomStepSchema = z.discriminatedUnion('kind', [
  headroomStepBase.extend({
    value: z.number().describe('Height of the bar (accuracy points as a proportion).'),
    low: z.number(),
    high: z.number(),
    kind: evidenceKindSchema,
  }),
  headroomStepBase.extend({
    value: z.null(),
    low: z.null(),
    high: z.null(),
    kind: z.literal('not_assessed').describe('No figure: the note says why.'),
  }),
]);
export type HeadroomStep = z.infer<typeof headroomStepSchema>;
/** A bar with a figure (every bar but a not-assessed foundation bar). */
export type AssessedHeadroomStep = Exclude<HeadroomStep, { kind: 'not_assessed' }>;

/** Pass rates of one check type across the items it applies to (strict and IFEval-loose). */
export const checkSummarySchema = z.object({
  check: z.string(),
  category: z.string(),
  applied: z.number().int().describe('Items the check ran on.'),
  passRate: estimateSchema,
  passRateLoose: estimateSchema,
});

/** A file read for this report, with its digest. */
export const inputFileSchema = z.object({
  role: z.string().describe('config, eval, train, qrels, run, ...'),
  path: z.string(),
  sha256: z.string(),
  bytes: z.number().int(),
});

/** report.json: the contract every other view renders from. */
export const reportSchema = z.object({
  schemaVersion: z.literal(reportSchemaVersion),
  tool: z.object({ name: z.literal('fixfirst'), version: z.string() }),
  generatedAt: z.string().describe('ISO 8601 time the report was made.'),
  project: z.object({
    task: z.string(),
    mode: z.enum(['offline', 'live']),
    scorer: z.string(),
    contract: z.array(z.string()).describe('Project-wide check ids.'),
    outputs: outputsSourceSchema
      .optional()
      .describe('Where the diagnosed outputs came from (absent: the eval file).'),
  }),
  inputs: z.object({
    digest: z.string().describe('sha256 over all input files (role, path, content).'),
    files: z.array(inputFileSchema),
  }),
  thresholds: z.record(z.string(), z.number()).describe('Every threshold the decision used.'),
  verdict: verdictSchema,
  questions: z.object({
    surface: surfaceQuestionSchema,
    data: dataQuestionSchema,
    cost: costQuestionSchema,
    foundation: foundationQuestionSchema,
  }),
  summary: z.object({
    items: z.number().int(),
    classes: z.object(
      Object.fromEntries(itemClasses.map((name) => [name, z.number().int()])) as Record<
        (typeof itemClasses)[number],
        z.ZodNumber
      >,
    ),
    foundationItems: z.number().int().describe('Behavioral or mixed failures with the gold passage missing.'),
    accuracyStrict: estimateSchema.describe('Strictly correct and contract met.'),
    accuracyLenient: estimateSchema.describe('Correct after surface normalisation, contract ignored.'),
    contractMet: estimateSchema.describe(
      'Items meeting every contract check (strict). IFEval: prompt-level strict accuracy.',
    ),
    contractMetLoose: estimateSchema.describe(
      'Items meeting every contract check on some IFEval loose variant of the output. IFEval: prompt-level loose accuracy.',
    ),
    checksPassed: estimateSchema.describe(
      'Check results that pass, over all items and checks (strict). IFEval: instruction-level strict accuracy.',
    ),
    checksPassedLoose: estimateSchema.describe(
      'Check results that pass loosely, over all items and checks. IFEval: instruction-level loose accuracy.',
    ),
  }),
  headroom: z.array(headroomStepSchema),
  checks: z.array(checkSummarySchema),
  items: z.array(itemResultSchema),
  warnings: z.array(z.object({ code: z.string(), message: z.string() })),
  live: liveEvidenceSchema
    .optional()
    .describe(
      'Live mode: the paired experiments (prompt repair, oracle context, k-shot ladder) and what they cost.',
    ),
});

/** The report as a TypeScript type. */
export type Report = z.infer<typeof reportSchema>;
export type SurfaceQuestion = z.infer<typeof surfaceQuestionSchema>;
export type DataQuestion = z.infer<typeof dataQuestionSchema>;
export type CostQuestion = z.infer<typeof costQuestionSchema>;
export type FoundationQuestion = z.infer<typeof foundationQuestionSchema>;
export type CheckSummary = z.infer<typeof checkSummarySchema>;
