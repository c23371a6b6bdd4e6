import { z } from 'zod';

/** The per-item failure classes of DESIGN §2.1. */
export const itemClasses = ['pass', 'surface', 'behavioral', 'mixed'] as const;
export type ItemClass = (typeof itemClasses)[number];

/** One contract check on one item. */
export const itemCheckSchema = z.object({
  check: z.string().describe('Check id as written (alias ids stay alias ids).'),
  category: z.string(),
  pass: z.boolean().describe('Holds on the raw output (strict).'),
  passLoose: z
    .boolean()
    .describe('Holds on some IFEval loose variant of the output (first/last line removed, `*` removed).'),
  detail: z.string().optional().describe('Why it failed.'),
});

/** One eval item's results. */
export const itemResultSchema = z.object({
  id: z.string(),
  line: z.number().int().describe('Line or record in the eval file.'),
  class: z.enum(itemClasses),
  foundation: z
    .boolean()
    .describe('A behavioral or mixed failure whose gold passage never reached the prompt.'),
  correctStrict: z.boolean(),
  correctLenient: z.boolean(),
  contractMet: z.boolean(),
  contractMetLoose: z.boolean(),
  score: z.number().describe('Graded lenient score in [0, 1] (1/0 for binary scorers).'),
  scoreDetail: z.string().optional(),
  checks: z.array(itemCheckSchema),
  goldInContext: z
    .boolean()
    .nullable()
    .describe(
      'A gold passage reached the prompt (by gold ids; without them, the reference answer appears in a passage). null when the item has no contexts, or neither gold ids nor a text reference.',
    ),
  tags: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])),
});
export type ItemResult = z.infer<typeof itemResultSchema>;
export type ItemCheckResult = z.infer<typeof itemCheckSchema>;
