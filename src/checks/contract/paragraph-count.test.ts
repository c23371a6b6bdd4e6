import { describe, expect, it } from 'vitest';
import { resolveError, runCheck } from '../../../test/helpers/run-check.js';

describe('paragraph_count', () => {
  it('counts blank-line paragraphs by default', async () => {
    expect((await runCheck({ check: 'paragraph_count', exact: 2 }, 'One.\n\n\n\nTwo.\n\n')).pass).toBe(true);
    expect((await runCheck({ check: 'paragraph_count', min: 3 }, 'One.\n\nTwo.')).detail).toBe(
      '2 paragraphs, at least 3 required',
    );
  });
  it('separator: divider counts *** paragraphs as IFEval number_paragraphs', async () => {
    const text = 'One.\n***\nTwo.\n***\nThree.';
    expect((await runCheck({ check: 'paragraph_count', exact: 3, separator: 'divider' }, text)).pass).toBe(
      true,
    );
    expect(
      (
        await runCheck(
          { check: 'length_constraints:number_paragraphs', num_paragraphs: 3 },
          `***\n${text}\n***`,
        )
      ).pass,
    ).toBe(true);
    expect(
      (
        await runCheck(
          { check: 'length_constraints:number_paragraphs', num_paragraphs: 2 },
          'One.\n***\n***\nTwo.',
        )
      ).detail,
    ).toBe('an empty paragraph between two *** dividers');
  });
  it('rejects an unknown separator', async () => {
    expect((await resolveError({ check: 'paragraph_count', exact: 1, separator: 'hr' })).location.field).toBe(
      'contract[1].separator',
    );
  });
});
