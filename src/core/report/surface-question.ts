import { z } from 'zod';
import { estimateSchema } from './estimate.js';

/** Failures grouped by the category of the contract checks they broke. */
export const categoryFailureSchema = z.object({
  category: z.string(),
  items: z.number().int().describe('Failing items that broke at least one check of this category.'),
  share: estimateSchema.describe('Share of failing items.'),
});

/** Q1: is the gap surface-level or behavioral? */
export const surfaceQuestionSchema = z.object({
  status: z
    .enum(['surface', 'behavioral', 'no_gap', 'inconclusive'])
    .describe(
      'surface: the surface share of failures reaches the threshold; behavioral: it does not; no_gap: no failures; inconclusive: too few failures to tell.',
    ),
  reason: z.string(),
  failures: z.number().int().describe('Items that are not `pass`.'),
  surfaceShare: estimateSchema.describe('Surface failures / all failures.'),
  threshold: z.number().describe('thresholds.surface_share'),
  byCategory: z.array(categoryFailureSchema),
  measuredRepairLift: z
    .object({ value: z.number(), low: z.number(), high: z.number(), pValue: z.number() })
    .optional()
    .describe('Live mode: the paired lift of the repaired prompt over the baseline.'),
});
