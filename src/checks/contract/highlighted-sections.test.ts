import { describe, expect, it } from 'vitest';
import { resolveError, runCheck } from '../../../test/helpers/run-check.js';

describe('highlighted_sections', () => {
  it('counts non-empty *spans* and **bold** spans on one line, as IFEval does', async () => {
    expect(
      (await runCheck({ check: 'highlighted_sections', exact: 3 }, '*one* and **two** and *three*')).pass,
    ).toBe(true);
    expect((await runCheck({ check: 'highlighted_sections', exact: 0 }, '** ** and *\nspan*')).pass).toBe(
      true,
    );
  });
  it('is what IFEval number_highlighted_sections maps to', async () => {
    const outcome = await runCheck(
      { check: 'detectable_format:number_highlighted_sections', num_highlights: 2 },
      '*only one*',
    );
    expect(outcome).toEqual({ pass: false, detail: '1 highlighted sections, at least 2 required' });
  });
  it('rejects a string bound', async () => {
    expect((await resolveError({ check: 'highlighted_sections', min: 'two' })).location.field).toBe(
      'contract[1].min',
    );
  });
});
