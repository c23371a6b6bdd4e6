import { describe, expect, it } from 'vitest';
import { resolveError, runCheck } from '../../../test/helpers/run-check.js';

describe('max_emoji', () => {
  it('counts each displayed emoji once (flags, families, skin tones)', async () => {
    expect(await runCheck({ check: 'max_emoji', n: 2 }, 'Hi 👋🏽 from 🇩🇪 and 👨‍👩‍👧 ❤️')).toEqual({
      pass: false,
      detail: '4 emoji, at most 2 allowed',
    });
  });
  it('does not count ©, ®, ™ or digits', async () => {
    expect((await runCheck({ check: 'max_emoji', n: 0 }, 'Acme® © 2024 ™ 123')).pass).toBe(true);
  });
  it('needs n', async () => {
    expect((await resolveError({ check: 'max_emoji' })).location.field).toBe('contract[1].n');
  });
});
