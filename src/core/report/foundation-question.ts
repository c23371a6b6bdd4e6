import { z } from 'zod';
import { estimateSchema, notAssessedSchema } from './estimate.js';

/** Q4: is there a foundation (retrieval, eval-set) problem underneath? */
export const foundationQuestionSchema = z.union([
  notAssessedSchema,
  z.object({
    status: z.enum(['foundation_gap', 'no_foundation_gap', 'inconclusive']),
    reason: z.string(),
    goldMissingShareOfFailures: estimateSchema.describe(
      'Failures whose gold passage never reached the prompt / all failures.',
    ),
    accuracyGoldPresent: estimateSchema,
    accuracyGoldMissing: estimateSchema,
    gap: estimateSchema.describe('Accuracy with gold present minus with gold missing (Newcombe interval).'),
    pValue: z.number().describe('Fisher exact test of the hit/miss difference.'),
    threshold: z.number().describe('thresholds.foundation_share'),
    details: z
      .record(z.string(), z.unknown())
      .describe('Retrieval metrics, gold depth, position, eval-set hygiene.'),
  }),
]);
