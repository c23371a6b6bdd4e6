import { z } from 'zod';
import {
  auditReportSchema,
  findingSchema,
  readinessReasonSchema,
  tokenSummarySchema,
} from './data-audit-report.js';
import { notAssessedSchema } from './estimate.js';

export { findingSchema };

/** Q2: is the training data clean enough to fine-tune on? */
export const dataQuestionSchema = z.union([
  notAssessedSchema,
  z.object({
    status: z.enum(['ready', 'not_ready']),
    reason: z.string(),
    reasons: z.array(z.string()).describe('Why not ready (and warnings), ranked by impact.'),
    ranked: z.array(readinessReasonSchema).describe('The same reasons with their figures.'),
    rule: z.string().describe('How readiness is decided.'),
    file: z.string(),
    format: z.string(),
    fileFormat: auditReportSchema.shape.fileFormat,
    rows: z.number().int(),
    examples: z.number().int(),
    tokens: tokenSummarySchema,
    summary: z.record(z.string(), z.number().int()).describe('Finding code -> distinct rows affected.'),
    findings: z
      .array(findingSchema)
      .describe('Capped for report size (errors first); findingsTotal has the count.'),
    findingsTotal: z.number().int(),
  }),
]);
