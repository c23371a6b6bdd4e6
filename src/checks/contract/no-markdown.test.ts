import { describe, expect, it } from 'vitest';
import { resolveError, runCheck } from '../../../test/helpers/run-check.js';

describe('no_markdown', () => {
  it('passes plain prose, including snake_case, arithmetic and hyphens', async () => {
    const plain = 'Your order_id is 4412. Shipping costs 2 * 3 = 6 euros - thanks for waiting.';
    expect((await runCheck({ check: 'no_markdown' }, plain)).pass).toBe(true);
  });
  it.each([
    ['# Title\nText', 'heading'],
    ['This is **bold** text', 'bold'],
    ['This is *emphasised* text', 'emphasis'],
    ['Items:\n- one\n- two', 'bullet list'],
    ['Steps:\n1. open\n2. close', 'numbered list'],
    ['See [the docs](https://example.com).', 'link'],
    ['| a | b |\n|---|---|', 'table'],
    ['Use `npm test`.', 'inline code'],
    ['> quoted', 'block quote'],
  ])('finds markdown in %j', async (output, name) => {
    const outcome = await runCheck({ check: 'no_markdown' }, output);
    expect(outcome.pass).toBe(false);
    expect(outcome.detail).toMatch(new RegExp(`^${name} `));
  });
  it('says on which line', async () => {
    expect((await runCheck({ check: 'no_markdown' }, 'Hello.\n\n## Next')).detail).toBe(
      'heading "## Next" at line 3',
    );
  });
  it('takes no parameters', async () => {
    expect((await resolveError({ check: 'no_markdown', allow: ['bold'] })).location.field).toBe(
      'contract[1]',
    );
  });
});
