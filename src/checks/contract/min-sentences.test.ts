import { describe, expect, it } from 'vitest';
import { resolveError, runCheck } from '../../../test/helpers/run-check.js';

describe('min_sentences', () => {
  it('passes within the limit and says what it measured when it fails', async () => {
    expect((await runCheck({ check: 'min_sentences', n: 3 }, 'One. Two! Three?')).pass).toBe(true);
    expect(await runCheck({ check: 'min_sentences', n: 4 }, 'One. Two! Three?')).toEqual({
      pass: false,
      detail: '3 sentences, at least 4 required',
    });
  });
  it('does not end sentences at abbreviations or line breaks', async () => {
    expect(
      (await runCheck({ check: 'min_sentences', n: 1 }, 'Dr. Smith met Mrs. Jones at 3 p.m. today.')).detail,
    ).toMatch(/^1 sentences/);
    expect((await runCheck({ check: 'min_sentences', n: 1 }, 'A heading\n\nThe text.')).detail).toMatch(
      /^1 sentences/,
    );
  });
  it('rejects a negative, fractional or missing n at its field', async () => {
    expect((await resolveError({ check: 'min_sentences', n: -1 })).location.field).toBe('contract[1].n');
    expect((await resolveError({ check: 'min_sentences', n: 1.5 })).location.field).toBe('contract[1].n');
    const missing = await resolveError({ check: 'min_sentences' });
    expect(missing.location).toMatchObject({ file: 'fixfirst.yaml', line: 7, field: 'contract[1].n' });
  });
});
