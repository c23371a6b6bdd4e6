import { describe, expect, it } from 'vitest';
import { resolveError, runCheck } from '../../../test/helpers/run-check.js';

describe('bracketed_title', () => {
  it('needs a non-empty <<title>> on one line', async () => {
    expect((await runCheck({ check: 'bracketed_title' }, '<<Poem of Joy>>\nRoses...')).pass).toBe(true);
    expect(await runCheck({ check: 'bracketed_title' }, '<<  >> and <<\nx>>')).toEqual({
      pass: false,
      detail: 'no <<title>> found',
    });
    expect((await runCheck({ check: 'detectable_format:title' }, 'Title: <<A>>')).pass).toBe(true);
  });
  it('takes no parameters', async () => {
    expect((await resolveError({ check: 'detectable_format:title', title: 'x' })).message).toMatch(
      /unknown key/,
    );
  });
});
