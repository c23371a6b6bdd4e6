import { z } from 'zod';
import {
  auditReportSchema,
  findingSchema,
  readinessReasonSchema,
  tokenSummarySchema,
} from './data-audit-report.js';
import { notAssessedSchema } from './estimate.js';

export { findingSchema };

/**
 * Q2: is the training data clean enough to fine-tune on? The fields after `findings` are what
 * `fixfirst audit --json` adds (optional so that hand-made reports and older ones stay valid).
 */
export const dataQuestionSchema = z.union([
  notAssessedSchema,
  z.object({
    status: z.enum(['ready', 'not_ready']),
    reason: z.string(),
    reasons: z.array(z.string()).describe('Why not ready (and warnings), ranked by impact.'),
    file: z.string(),
    format: z.string(),
    rows: z.number().int(),
    summary: z.record(z.string(), z.number().int()).describe('Finding code -> distinct rows affected.'),
    findings: z
      .array(findingSchema)
      .describe('Capped for report size (errors first); findingsTotal has the count.'),
    findingsTotal: z.number().int().optional(),
    ranked: z.array(readinessReasonSchema).optional().describe('The reasons with their figures.'),
    rule: z.string().optional().describe('How readiness is decided.'),
    fileFormat: auditReportSchema.shape.fileFormat.optional(),
    examples: z.number().int().optional().describe('Rows that are valid examples.'),
    tokens: tokenSummarySchema
      .optional()
      .describe('Token counts, epochs and billed tokens, as in `fixfirst audit --json`.'),
    cleanCommand: z
      .string()
      .optional()
      .describe(
        'The `fixfirst clean` command for this training set, with the config (contract, eval set) the audit read.',
      ),
  }),
]);
