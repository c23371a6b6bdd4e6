import { z } from 'zod';

/** `{value, low, high}` with how the interval was computed (see src/core/estimate.ts). */
export const estimateSchema = z
  .object({
    value: z.number().describe('Point estimate.'),
    low: z.number().describe('Lower end of the 95% interval (1 - alpha).'),
    high: z.number().describe('Upper end of the interval.'),
    method: z.string().describe('wilson, newcombe, bootstrap, product, ...'),
    k: z.number().int().optional().describe('Numerator when the estimate is a count ratio.'),
    n: z.number().int().optional().describe('Denominator when the estimate is a count ratio.'),
  })
  .describe('A rate with its interval.');

/** What kind of evidence a figure is. */
export const evidenceKindSchema = z
  .enum(['measured', 'bound', 'estimate', 'prior'])
  .describe(
    'measured: observed here; bound: an upper limit; estimate: a projection with stated assumptions; prior: an assumption.',
  );

/** A question that could not be answered, and why. */
export const notAssessedSchema = z.object({
  status: z.literal('not_assessed'),
  reason: z.string().describe('Why, and what to provide to get an answer.'),
});
