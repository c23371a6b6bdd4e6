import { z } from 'zod';
import { evidenceKindSchema, notAssessedSchema } from './estimate.js';

/** One priced item of a cost, with the arithmetic that produced it. */
export const costLineSchema = z.object({
  label: z.string(),
  usd: z.number(),
  formula: z.string().describe('How the figure was computed, with the prices and quantities used.'),
});

/** An accuracy lift with what kind of figure it is. */
export const liftSchema = z.object({
  value: z.number().describe('Accuracy points as a proportion (0.05 = 5 points).'),
  low: z.number(),
  high: z.number(),
  kind: evidenceKindSchema,
  source: z.string().describe('Where the figure comes from.'),
});

/** The action kinds Q3 prices. */
export const pricedActionKinds = ['fix_prompt', 'fix_foundation', 'fix_data', 'fine_tune'] as const;

/** What one action of the plan costs and buys. */
export const actionEconomicsSchema = z.object({
  kind: z.enum(pricedActionKinds),
  lift: liftSchema
    .nullable()
    .describe('What it can buy; null when it buys nothing on its own (data cleaning).'),
  oneOffUsd: z.number(),
  monthlyUsd: z
    .number()
    .nullable()
    .describe('Change in running cost per month; null when traffic is unknown.'),
  horizonUsd: z
    .number()
    .describe('One-off cost plus the running-cost change over the horizon (0 per month when unknown).'),
  hours: z.number().describe('People hours (engineering and labelling).'),
  liftPointsPerThousandUsd: z
    .number()
    .nullable()
    .describe('Expected lift in points per $1,000 over the horizon; the plan is ranked by it.'),
  paybackMonths: z.number().nullable().describe('null when it never pays back or value is not configured.'),
  lines: z.array(costLineSchema),
  note: z.string(),
});

/** A platform change that touches the chosen path. */
export const platformRiskEventSchema = z.object({
  date: z.string().nullable(),
  kind: z.enum([
    'no_new_fine_tuning_jobs',
    'fine_tuned_models_retired',
    'base_model_retired',
    'fine_tuning_deprecated',
  ]),
  who: z.enum(['new_organizations', 'inactive_organizations', 'everyone']).optional(),
  provider: z.string(),
  affects: z.enum(['fine_tune', 'base']),
  status: z.enum(['in_effect', 'within_horizon', 'after_horizon']),
  days: z.number().nullable().describe('Days from the report date; negative when past.'),
  text: z.string(),
  consequence: z.string(),
  source: z.string(),
  evidence: z.string(),
});

/** Platform risk: fine-tuning endpoints closing, base models and their fine-tunes retired. */
export const platformRiskSchema = z.object({
  closed: z.string().nullable().describe('Why fine-tuning this model is impossible today, if it is.'),
  fineTuneRetires: z.string().nullable().describe('Date the fine-tune stops serving, within the horizon.'),
  lastTrainingDay: z.string().nullable().describe('Date new fine-tuning jobs stop, within the horizon.'),
  baseRetires: z.string().nullable().describe('Date the current model is retired, within the horizon.'),
  warnings: z.array(z.string()),
  events: z.array(platformRiskEventSchema),
});

/** A figure that was not set for this project: a default, a measurement or a rule. */
export const assumptionSchema = z.object({
  key: z.string().describe('The economics key, e.g. labour.hourly_rate.'),
  value: z.string(),
  basis: z.enum(['default', 'measured', 'counted', 'rule', 'configured']),
  note: z.string(),
});

/** The fine-tuning path, priced. */
export const fineTuneEconomicsSchema = z.object({
  model: z.string().describe('What would be fine-tuned.'),
  baseModel: z.string().describe('The model serving today (the prompt path).'),
  training: z.object({
    tokensPerEpoch: z.number(),
    tokensSource: z.string(),
    examples: z.number().nullable(),
    epochs: z.number(),
    epochsNote: z.string(),
    iterations: z.number(),
    runUsd: z.number(),
    runFormula: z.string(),
  }),
  perRequest: z.object({
    promptUsd: z
      .number()
      .describe('Today: base model with the full prompt (cached prefix where it applies).'),
    promptFormula: z.string(),
    fineTunedUsd: z.number().describe('Fine-tuned model with the shorter prompt.'),
    fineTunedFormula: z.string(),
    extraUsd: z.number().describe('Fine-tuned minus today; negative when fine-tuning saves.'),
  }),
  oneOffUsd: z.number(),
  oneOffLines: z.array(costLineSchema),
  monthlyCostUsd: z
    .number()
    .nullable()
    .describe('Running-cost change per month; null when traffic is unknown.'),
  monthlyLines: z.array(costLineSchema),
  lift: liftSchema.nullable(),
  monthlyValueUsd: z.number().nullable(),
  monthlyNetUsd: z.number().nullable(),
  netOverHorizonUsd: z.number().nullable(),
  paybackMonths: z.number().nullable(),
  paybackMonthsRange: z
    .object({ atHighLift: z.number().nullable(), atLowLift: z.number().nullable() })
    .nullable()
    .describe('Payback at the two ends of the lift interval.'),
  breakEvenLift: z
    .number()
    .nullable()
    .describe('Smallest lift (proportion) that pays back within the horizon.'),
  breakEvenTraffic: z
    .object({
      requestsPerMonth: z.number().nullable(),
      direction: z.enum(['at_least', 'at_most', 'always', 'never']),
    })
    .nullable()
    .describe('Traffic at which it pays back within the horizon, given the value.'),
  costOnlyBreakEvenRequestsPerMonth: z
    .number()
    .nullable()
    .describe(
      'research/evidence-cost.md §6.2: traffic at which per-request savings alone repay it (value ignored).',
    ),
  notes: z.array(z.string()),
});

/** The price data behind the figures. */
export const pricesUsedSchema = z.object({
  version: z.string(),
  file: z.string(),
  sources: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      url: z.string(),
      read: z.string().describe('When the figure was read.'),
      published: z.string().nullable().describe('When the document was published, when known.'),
      evidence: z.string(),
    }),
  ),
});

/** Cost of each action kind, as the verdict attaches it to the plan. */
export const actionCostsSchema = z
  .record(
    z.string(),
    z.object({ usd: z.number().nullable(), hours: z.number().nullable(), note: z.string() }),
  )
  .describe(
    'Cost of each action kind (fix_prompt, fix_foundation, fix_data, fine_tune), for ranking the plan.',
  );

/** Q3: is the improvement worth the cost? */
export const costQuestionSchema = z.union([
  notAssessedSchema.extend({
    actionCosts: actionCostsSchema.optional(),
    actions: z.array(actionEconomicsSchema).optional(),
    horizonMonths: z
      .number()
      .optional()
      .describe('The horizon the actions’ horizonUsd covers (present with `actions`).'),
    fineTune: fineTuneEconomicsSchema.optional().describe('Fine-tuning priced as far as the inputs allow.'),
    platformRisk: platformRiskSchema.optional(),
    assumptions: z.array(assumptionSchema).optional(),
    prices: pricesUsedSchema.optional(),
  }),
  z.object({
    status: z.enum(['pays_back', 'does_not_pay_back']),
    reason: z.string(),
    paybackMonths: z
      .number()
      .nullable()
      .describe('Months until fine-tuning pays for itself; null when never.'),
    fineTuneCostUsd: z.number().describe('One-off cost of fine-tuning (all iterations, eval runs, labour).'),
    horizonMonths: z.number(),
    requestsPerMonth: z.number(),
    valuePerPointPerMonth: z.number(),
    details: z
      .record(z.string(), z.unknown())
      .describe('Key figures by name (a flat view of `fineTune` for generic renderers).'),
    fineTune: fineTuneEconomicsSchema,
    actions: z.array(actionEconomicsSchema),
    actionCosts: actionCostsSchema,
    platformRisk: platformRiskSchema,
    assumptions: z.array(assumptionSchema),
    prices: pricesUsedSchema,
  }),
]);

/** One priced item. */
export type CostLine = z.infer<typeof costLineSchema>;
/** A lift with its kind. */
export type Lift = z.infer<typeof liftSchema>;
/** One action, priced. */
export type ActionEconomics = z.infer<typeof actionEconomicsSchema>;
/** A figure not set for this project. */
export type Assumption = z.infer<typeof assumptionSchema>;
/** The fine-tuning path, priced. */
export type FineTuneEconomicsReport = z.infer<typeof fineTuneEconomicsSchema>;
/** The price data behind the figures. */
export type PricesUsed = z.infer<typeof pricesUsedSchema>;
/** Cost of each action kind. */
export type ActionCosts = z.infer<typeof actionCostsSchema>;
