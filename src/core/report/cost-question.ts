import { z } from 'zod';
import { notAssessedSchema } from './estimate.js';

/** Q3: is the improvement worth the cost? */
export const costQuestionSchema = z.union([
  notAssessedSchema,
  z.object({
    status: z.enum(['pays_back', 'does_not_pay_back']),
    reason: z.string(),
    paybackMonths: z
      .number()
      .nullable()
      .describe('Months until fine-tuning pays for itself; null when never.'),
    fineTuneCostUsd: z.number().describe('One-off cost of fine-tuning (all iterations, eval runs, labour).'),
    details: z
      .record(z.string(), z.unknown())
      .describe('Breakdown: training, inference change, value, platform risk.'),
    actionCosts: z
      .record(
        z.string(),
        z.object({ usd: z.number().nullable(), hours: z.number().nullable(), note: z.string() }),
      )
      .describe(
        'Cost of each action kind (fix_prompt, fix_foundation, fix_data, fine_tune), for ranking the plan.',
      ),
  }),
]);
