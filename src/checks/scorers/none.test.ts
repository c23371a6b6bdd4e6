import { describe, expect, it } from 'vitest';
import { helpersFor } from '../../../test/helpers/run-check.js';
import { resolveScorer } from '../resolve.js';

describe('none scorer', () => {
  it('counts every output as correct, needs no reference', async () => {
    const scorer = await resolveScorer({ type: 'none' }, { file: 'fixfirst.yaml' }, helpersFor());
    expect(scorer.requiresReference).toBe(false);
    for (const mode of ['strict', 'lenient'] as const) {
      expect(await scorer.score('', undefined, { mode, input: '' })).toEqual({ correct: true, score: 1 });
    }
  });
  it('takes no parameters', async () => {
    await expect(
      resolveScorer({ type: 'none', fields: ['a'] }, { file: 'fixfirst.yaml' }, helpersFor()),
    ).rejects.toMatchObject({
      code: 'CONFIG_INVALID',
      location: { field: 'score' },
    });
  });
});
