import { z } from 'zod';
import { defineCheck } from '../../core/check.js';

/** The output has at most n exclamation marks. */
export const maxExclamationsCheck = defineCheck({
  id: 'max_exclamations',
  category: 'tone',
  summary: 'The output has at most n exclamation marks (! and its full-width form).',
  whenToUse: 'A calm, professional voice: support replies, finance, health; n: 0 bans them.',
  whenNotToUse: 'Marketing copy where enthusiasm is wanted; code or math outputs (`!=`, factorials).',
  params: z.strictObject({
    n: z.number().int().min(0).describe('The most exclamation marks allowed.'),
  }),
  run(output, params) {
    const count = output.match(/[!\uFF01]/g)?.length ?? 0;
    return count <= params.n
      ? { pass: true, detail: `${count} exclamation marks` }
      : { pass: false, detail: `${count} exclamation marks, at most ${params.n} allowed` };
  },
});
