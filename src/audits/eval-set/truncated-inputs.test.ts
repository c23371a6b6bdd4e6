import { describe, expect, it } from 'vitest';
import { evalCases } from '../../testing/eval-cases.js';
import { truncatedInputs } from './truncated-inputs.js';

describe('truncated_input', () => {
  it('flags trailing ellipses and truncation markers', () => {
    const findings = truncatedInputs.run(
      evalCases([
        { input: 'The customer said that the package...' },
        { input: 'Summary [truncated]' },
        { input: 'A complete question?' },
      ]),
    );
    expect(findings[0]).toMatchObject({ code: 'truncated_input', rows: [1, 2], rowCount: 2 });
  });
  it('flags inputs stopping at a common field size when several hit that ceiling', () => {
    const cut = (letter: string) => ({ input: letter.repeat(255) });
    const findings = truncatedInputs.run(
      evalCases([cut('a'), cut('b'), cut('c'), { input: 'short question?' }]),
    );
    expect(findings[0]).toMatchObject({ rows: [1, 2, 3], rowCount: 3 });
    expect(findings[0]!.message).toContain('one of 3 inputs stopping at exactly 255 characters');
  });
  it('does not flag one input that happens to be 255 characters long', () => {
    expect(truncatedInputs.run(evalCases([{ input: 'x'.repeat(255) }, { input: 'y'.repeat(300) }]))).toEqual(
      [],
    );
  });
});
