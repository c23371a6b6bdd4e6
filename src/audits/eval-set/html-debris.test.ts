import { describe, expect, it } from 'vitest';
import { evalCases } from '../../testing/eval-cases.js';
import { htmlDebris } from './html-debris.js';

describe('html_debris', () => {
  it('flags tags and entities left from scraping', () => {
    const findings = htmlDebris.run(
      evalCases([
        { input: 'My order<br/>never came' },
        { input: 'Price&nbsp;is wrong' },
        { input: '<div class="x">Help</div>' },
        { input: 'Is 3 < 5 and 7 > 2?' },
        { input: 'Tom & Jerry' },
      ]),
    );
    expect(findings[0]).toMatchObject({ code: 'html_debris', rows: [1, 2, 3], rowCount: 3 });
  });
});
