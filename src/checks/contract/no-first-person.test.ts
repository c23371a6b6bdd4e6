import { describe, expect, it } from 'vitest';
import { resolveError, runCheck } from '../../../test/helpers/run-check.js';

describe('no_first_person', () => {
  it('finds first-person pronouns as words', async () => {
    expect(await runCheck({ check: 'no_first_person' }, 'The order ships today. We are sorry.')).toEqual({
      pass: false,
      detail: 'found "We" at char 23',
    });
    expect((await runCheck({ check: 'no_first_person' }, "I'm here")).pass).toBe(false);
  });
  it('ignores pronouns inside words and the US country code', async () => {
    expect(
      (await runCheck({ check: 'no_first_person' }, 'Shipping to the US via Weymouth; mymail is a product.'))
        .pass,
    ).toBe(true);
  });
  it('takes no parameters', async () => {
    expect((await resolveError({ check: 'no_first_person', n: 1 })).message).toMatch(/unknown key/);
  });
});
