import { describe, expect, it } from 'vitest';
import { resolveError, runCheck } from '../../../test/helpers/run-check.js';

describe('section_count', () => {
  it('counts markdown headings by default', async () => {
    expect(
      (await runCheck({ check: 'section_count', exact: 2 }, '# One\ntext\n## Two\ntext\n#hashtag')).pass,
    ).toBe(true);
    expect((await runCheck({ check: 'section_count', min: 3 }, '# One\n## Two')).detail).toBe(
      '2 headings, at least 3 required',
    );
  });
  it('counts "SPLITTER N" markers with a splitter (IFEval multiple_sections)', async () => {
    const text = 'SECTION 1\nIntro\nSECTION 2\nBody\nSECTION 3\nEnd';
    expect((await runCheck({ check: 'section_count', exact: 3, splitter: 'SECTION' }, text)).pass).toBe(true);
    expect((await runCheck({ check: 'section_count', min: 3, splitter: 'Section' }, text)).detail).toBe(
      '0 "Section N" sections, at least 3 required',
    );
    const alias = {
      check: 'detectable_format:multiple_sections',
      section_spliter: 'SECTION',
      num_sections: 3,
    };
    expect((await runCheck(alias, text)).pass).toBe(true);
  });
  it('treats the splitter as text, not a pattern', async () => {
    expect(
      (await runCheck({ check: 'section_count', exact: 1, splitter: 'Part.' }, 'Part. 1 x PartX 2')).pass,
    ).toBe(true);
  });
  it('rejects an empty splitter', async () => {
    expect((await resolveError({ check: 'section_count', min: 1, splitter: '' })).location.field).toBe(
      'contract[1].splitter',
    );
  });
});
