import { describe, expect, it } from 'vitest';
import { resolveError, runCheck } from '../../../test/helpers/run-check.js';

describe('postscript', () => {
  it('finds P.S. anywhere, case-insensitive, with optional spaces', async () => {
    expect((await runCheck({ check: 'postscript' }, 'Bye.\n\nP. S. See you')).pass).toBe(true);
    expect((await runCheck({ check: 'postscript' }, 'Bye.\np.s. ok')).pass).toBe(true);
    expect(await runCheck({ check: 'postscript' }, 'Bye. PS see you')).toEqual({
      pass: false,
      detail: 'no postscript starting with "P.S."',
    });
  });
  it('P.P.S and other markers (IFEval postscript)', async () => {
    expect(
      (await runCheck({ check: 'detectable_content:postscript', postscript_marker: 'P.P.S' }, 'x\nP.P.S. y'))
        .pass,
    ).toBe(true);
    expect((await runCheck({ check: 'postscript', marker: 'Note:' }, 'x\nnote: y')).pass).toBe(true);
  });
  it('rejects an empty marker', async () => {
    expect((await resolveError({ check: 'postscript', marker: '' })).location.field).toBe(
      'contract[1].marker',
    );
  });
});
