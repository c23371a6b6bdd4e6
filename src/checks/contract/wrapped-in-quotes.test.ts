import { describe, expect, it } from 'vitest';
import { resolveError, runCheck } from '../../../test/helpers/run-check.js';

describe('wrapped_in_quotes', () => {
  it('needs a straight double quote at both ends (whitespace ignored)', async () => {
    expect((await runCheck({ check: 'wrapped_in_quotes' }, ' "Hello there." \n')).pass).toBe(true);
    expect(await runCheck({ check: 'wrapped_in_quotes' }, '"Hello" there')).toEqual({
      pass: false,
      detail: 'starts with "\\"" and ends with "e"',
    });
    expect((await runCheck({ check: 'wrapped_in_quotes' }, '"')).pass).toBe(false);
    expect((await runCheck({ check: 'startend:quotation' }, '“curly”')).pass).toBe(false);
  });
  it('takes no parameters', async () => {
    expect((await resolveError({ check: 'wrapped_in_quotes', quote: "'" })).message).toMatch(/unknown key/);
  });
});
