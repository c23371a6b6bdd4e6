import { z } from 'zod';
import { defineCheck } from '../../core/check.js';
import { FixfirstError } from '../../core/errors.js';

/** The output matches (or must not match) a regular expression. */
export const regexCheck = defineCheck({
  id: 'regex',
  category: 'format',
  summary: 'The output matches a regular expression somewhere (or, with must_match: false, nowhere).',
  whenToUse:
    'A format no other check covers: ids like `TICKET-\\d+`, a required sign-off line, a date format.',
  whenNotToUse:
    'Fixed text (use required_phrases / forbidden_phrases, which need no escaping); JSON (use json or json_schema).',
  params: z.strictObject({
    pattern: z.string().min(1).describe('JavaScript regular expression source, without slashes.'),
    flags: z
      .string()
      .regex(/^[imsuv]*$/, 'use only the flags i, m, s, u, v')
      .default('')
      .describe('Regex flags: i (ignore case), m (^ and $ per line), s (. matches newlines), u, v.'),
    must_match: z
      .boolean()
      .default(true)
      .describe('true: the output must contain a match; false: it must not.'),
  }),
  compile(params) {
    try {
      return { pattern: new RegExp(params.pattern, params.flags), mustMatch: params.must_match };
    } catch (error) {
      throw new FixfirstError('CONFIG_INVALID', `invalid regular expression: ${(error as Error).message}`, {
        location: { field: 'pattern' },
        hint: 'write a JavaScript regex source, e.g. "^TICKET-\\\\d+$" (backslashes doubled inside YAML double quotes)',
      });
    }
  },
  run(output, { pattern, mustMatch }) {
    const match = pattern.exec(output);
    if (mustMatch)
      return match === null ? { pass: false, detail: `no match for ${pattern}` } : { pass: true };
    return match === null
      ? { pass: true }
      : {
          pass: false,
          detail: `${pattern} matched ${JSON.stringify(match[0].slice(0, 60))} at char ${match.index}`,
        };
  },
});
