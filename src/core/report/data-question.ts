import { z } from 'zod';
import { notAssessedSchema } from './estimate.js';

/** A data finding (src/core/finding.ts). */
export const findingSchema = z.object({
  code: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
  message: z.string(),
  rows: z.array(z.number().int()),
  rowCount: z.number().int(),
  evidence: z.record(z.string(), z.unknown()),
});

/** Q2: is the training data clean enough to fine-tune on? */
export const dataQuestionSchema = z.union([
  notAssessedSchema,
  z.object({
    status: z.enum(['ready', 'not_ready']),
    reason: z.string(),
    reasons: z.array(z.string()).describe('Why not ready, ranked by impact.'),
    file: z.string(),
    format: z.string(),
    rows: z.number().int(),
    summary: z.record(z.string(), z.number().int()).describe('Finding code -> number of findings.'),
    findings: z.array(findingSchema),
  }),
]);
