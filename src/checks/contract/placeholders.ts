import { z } from 'zod';
import { defineCheck } from '../../core/check.js';
import { boundsShape, checkBounds, refineBounds } from '../bounds.js';

/** The output has a bounded number of [placeholders]. */
export const placeholdersCheck = defineCheck({
  id: 'placeholders',
  category: 'format',
  summary:
    'The output has min/max/exactly n placeholders in square brackets, such as [name] (on one line each).',
  whenToUse:
    'Templates to be filled in later (letters, forms); max: 0 catches unfilled template slots; IFEval number_placeholders.',
  whenNotToUse: 'Outputs where brackets have other uses (citations [1], markdown links, JSON arrays).',
  params: z.strictObject(boundsShape).superRefine(refineBounds),
  run(output, params) {
    return checkBounds(output.match(/\[[^\n]*?\]/g)?.length ?? 0, params, 'placeholders');
  },
});
