import { z } from 'zod';
import { estimateSchema } from './estimate.js';

/**
 * A pass/fail label another tool recorded for each item and an import kept as an item tag (e.g.
 * promptfoo's model-graded `promptfoo.llm-rubric: pass`). fixfirst does not re-grade these: they
 * are summarised as recorded, next to its own figures, and never enter the scorer or the verdict.
 */
export const recordedLabelSchema = z.object({
  label: z.string().describe('The tag name, e.g. `promptfoo.llm-rubric`.'),
  items: z.number().int().describe('Items that carry the label.'),
  passed: z.number().int().describe('Items whose label is `pass`.'),
  passRate: estimateSchema.describe('Share of those items labelled `pass`, with its Wilson interval.'),
});

/** One recorded label, summarised. */
export type RecordedLabel = z.infer<typeof recordedLabelSchema>;
