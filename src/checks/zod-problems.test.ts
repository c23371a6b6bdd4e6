import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { zodProblems } from './zod-problems.js';

const schema = z.strictObject({
  eval: z.union([
    z.string().min(1),
    z.strictObject({ path: z.string().min(1), format: z.string().optional() }),
  ]),
  mode: z.enum(['strict', 'loose']).optional().describe('How to compare.'),
  flags: z
    .string()
    .regex(/^[imsu]*$/, 'use only the flags i, m, s, u')
    .optional(),
  step: z.number().multipleOf(5).optional(),
  fields: z.array(z.string()).min(1).optional().describe('Fields to compare.'),
  bounds: z
    .strictObject({ min: z.int().optional(), max: z.int().optional() })
    .refine((value) => value.min !== undefined || value.max !== undefined, 'give min or max')
    .optional(),
});

function explain(input: unknown) {
  const parsed = schema.safeParse(input);
  if (parsed.success) throw new Error('expected a problem');
  return zodProblems(parsed.error, { file: 'f.yaml' }, '', { input, schema }).map(
    ({ location, problem, hint, path }) => ({ field: location.field, problem, hint, path }),
  );
}

describe('zodProblems: every zod issue in plain words, with what was expected and a fix', () => {
  it('missing and wrong types', () => {
    expect(explain({})).toEqual([
      {
        field: 'eval',
        problem: 'missing: a text or a mapping (key: value) is required here',
        hint: 'add it, e.g. `eval: "..."`',
        path: ['eval'],
      },
    ]);
    expect(explain({ eval: 'x', fields: 'category' })[0]).toMatchObject({
      problem: 'expected a list, got the text "category"',
      hint: 'write a list, e.g. `fields: [category]` — Fields to compare',
    });
  });
  it('a union branch that got further is reported at its own field', () => {
    expect(explain({ eval: { path: 3 } })[0]).toMatchObject({
      field: 'eval.path',
      problem: 'expected a text, got the number 3',
    });
  });
  it('enums suggest the nearest value; formats give the rule as the fix', () => {
    expect(explain({ eval: 'x', mode: 'strikt' })[0]).toMatchObject({
      problem: 'expected one of "strict", "loose", got the text "strikt". Did you mean "strict"?',
      hint: 'use one of: strict, loose — How to compare',
    });
    expect(explain({ eval: 'x', flags: 'gx' })[0]).toMatchObject({
      problem: 'the text "gx" is not in the expected form',
      hint: 'use only the flags i, m, s, u',
    });
  });
  it('sizes, multiples, empty texts and lists', () => {
    expect(explain({ eval: '' })[0]!.problem).toBe('must not be empty, got the text ""');
    expect(explain({ eval: 'x', fields: [] })[0]!.problem).toBe(
      'must list at least one entry, got a list []',
    );
    expect(explain({ eval: 'x', step: 7 })[0]).toMatchObject({
      problem: 'must be a multiple of 5, got the number 7',
      hint: 'use a multiple of 5',
    });
  });
  it('unknown keys suggest the nearest accepted key and list them; refinements keep their message', () => {
    expect(explain({ eval: 'x', bounds: { min: 1, maxx: 2 } })[0]).toMatchObject({
      field: 'bounds',
      problem: 'unknown key "maxx". Did you mean "max"?',
      hint: 'keys under bounds are: min, max',
    });
    expect(explain({ eval: 'x', bounds: {} })[0]).toMatchObject({
      field: 'bounds',
      problem: 'give min or max',
    });
  });
});
