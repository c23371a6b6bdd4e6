import { describe, expect, it } from 'vitest';
import { resolveError, runCheck } from '../../../test/helpers/run-check.js';

describe('bullet_count', () => {
  const list = 'Intro\n* one\n* two\n- three\n**bold line**';
  it('counts * and - bullets as IFEval does (not **bold** lines)', async () => {
    expect((await runCheck({ check: 'bullet_count', exact: 3 }, list)).pass).toBe(true);
    expect(await runCheck({ check: 'bullet_count', exact: 2 }, list)).toEqual({
      pass: false,
      detail: '3 bullet points, exactly 2 required',
    });
    expect(await runCheck({ check: 'bullet_count', min: 4 }, list)).toEqual({
      pass: false,
      detail: '3 bullet points, at least 4 required',
    });
    expect(await runCheck({ check: 'bullet_count', max: 2 }, list)).toEqual({
      pass: false,
      detail: '3 bullet points, at most 2 allowed',
    });
  });
  it('counts only lines starting with the bullet (after whitespace; "\r" is not a line break)', async () => {
    expect((await runCheck({ check: 'bullet_count', exact: 1 }, 'a - b\n   * c\r* d')).pass).toBe(true);
  });
  it('is what IFEval number_bullet_lists maps to (exact)', async () => {
    expect(
      (await runCheck({ check: 'detectable_format:number_bullet_lists', num_bullets: 3 }, list)).pass,
    ).toBe(true);
  });
  it('needs one bound, and consistent ones', async () => {
    expect((await resolveError({ check: 'bullet_count' })).message).toBe('give min, max or exact');
    expect((await resolveError({ check: 'bullet_count', exact: 2, min: 1 })).location.field).toBe(
      'contract[1].exact',
    );
    expect((await resolveError({ check: 'bullet_count', min: 3, max: 1 })).location.field).toBe(
      'contract[1].min',
    );
  });
});
