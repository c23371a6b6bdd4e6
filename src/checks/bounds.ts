import { z } from 'zod';
import type { CheckOutcome } from '../core/check.js';

/** `min` / `max` / `exact` parameters shared by the counting checks (bullets, sections, paragraphs, ...). */
export const boundsShape = {
  min: z.number().int().min(0).optional().describe('At least this many.'),
  max: z.number().int().min(0).optional().describe('At most this many.'),
  exact: z.number().int().min(0).optional().describe('Exactly this many (instead of min/max).'),
};

/** The bounds as validated. */
export interface Bounds {
  min?: number | undefined;
  max?: number | undefined;
  exact?: number | undefined;
}

/** Rejects bounds that say nothing, or contradict themselves; attach with `.superRefine`. */
export function refineBounds(bounds: Bounds, context: z.RefinementCtx): void {
  if (bounds.min === undefined && bounds.max === undefined && bounds.exact === undefined) {
    context.addIssue({ code: 'custom', message: 'give min, max or exact', path: [] });
  }
  if (bounds.exact !== undefined && (bounds.min !== undefined || bounds.max !== undefined)) {
    context.addIssue({
      code: 'custom',
      message: 'exact cannot be combined with min or max',
      path: ['exact'],
    });
  }
  if (bounds.min !== undefined && bounds.max !== undefined && bounds.min > bounds.max) {
    context.addIssue({
      code: 'custom',
      message: `min (${bounds.min}) is larger than max (${bounds.max})`,
      path: ['min'],
    });
  }
}

/** Compares a count with its bounds; the detail says what was measured and what was allowed. */
export function checkBounds(count: number, bounds: Bounds, unit: string): CheckOutcome {
  const measured = `${count} ${unit}`;
  if (bounds.exact !== undefined && count !== bounds.exact) {
    return { pass: false, detail: `${measured}, exactly ${bounds.exact} required` };
  }
  if (bounds.min !== undefined && count < bounds.min) {
    return { pass: false, detail: `${measured}, at least ${bounds.min} required` };
  }
  if (bounds.max !== undefined && count > bounds.max) {
    return { pass: false, detail: `${measured}, at most ${bounds.max} allowed` };
  }
  return { pass: true, detail: measured };
}
