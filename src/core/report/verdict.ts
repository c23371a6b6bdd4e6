import { z } from 'zod';
import { evidenceKindSchema } from './estimate.js';

/** The six verdicts (DESIGN §2.3). */
export const decisions = [
  'FIX_PROMPT',
  'FIX_FOUNDATION',
  'FIX_DATA',
  'NOT_WORTH_IT',
  'FINE_TUNE',
  'INCONCLUSIVE',
] as const;
export type Decision = (typeof decisions)[number];

/** One step of the action plan. */
export const actionSchema = z.object({
  kind: z.enum(['fix_prompt', 'fix_foundation', 'fix_data', 'fine_tune', 'collect_items', 'assess', 'stop']),
  title: z.string(),
  why: z.string().describe('The evidence behind this step.'),
  expectedLift: z
    .object({ value: z.number(), low: z.number(), high: z.number(), kind: evidenceKindSchema })
    .nullable()
    .describe('Accuracy points this step can buy (as a proportion), with what kind of figure it is.'),
  cost: z
    .object({ usd: z.number().nullable(), hours: z.number().nullable(), note: z.string() })
    .nullable()
    .describe('What it costs, when Q3 priced it.'),
  confidence: z.enum(['high', 'medium', 'low']),
});
export type Action = z.infer<typeof actionSchema>;

/** The verdict with its ordered action plan. */
export const verdictSchema = z.object({
  decision: z.enum(decisions),
  headline: z.string().describe('One sentence a team lead can act on.'),
  confidence: z.enum(['high', 'medium', 'low']),
  reasons: z.array(z.string()).describe('The rules that fired, with their thresholds.'),
  actions: z.array(actionSchema),
  itemsNeeded: z.number().int().nullable().describe('INCONCLUSIVE: how many eval items would be needed.'),
});
export type Verdict = z.infer<typeof verdictSchema>;
