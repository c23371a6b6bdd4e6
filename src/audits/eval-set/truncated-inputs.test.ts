import { describe, expect, it } from 'vitest';
import { evalCases } from '../../testing/eval-cases.js';
import { truncatedInputs } from './truncated-inputs.js';

describe('truncated_input', () => {
  it('flags trailing ellipses, truncation markers and inputs cut at a common field length mid-word', () => {
    const findings = truncatedInputs.run(
      evalCases([
        { input: 'The customer said that the package...' },
        { input: 'Summary [truncated]' },
        { input: 'x'.repeat(255) },
        { input: `${'x'.repeat(254)}.` },
        { input: 'A complete question?' },
      ]),
    );
    expect(findings[0]).toMatchObject({ code: 'truncated_input', rows: [1, 2, 3], rowCount: 3 });
  });
});
