import { describe, expect, it } from 'vitest';
import { evalCases } from '../../testing/eval-cases.js';
import { mojibake } from './mojibake.js';

describe('mojibake', () => {
  it('flags UTF-8 read as Latin-1/CP1252 and replacement characters, in inputs or references', () => {
    const findings = mojibake.run(
      evalCases([
        { input: 'Le cafÃ© est fermÃ©' },
        { input: 'It doesnâ€™t work' },
        { input: 'fine', reference: 'Ã¼ber' },
        { input: 'broken \uFFFD byte' },
        { input: 'Café, naïve, São Paulo, NÃO, Âmbito' },
      ]),
    );
    expect(findings[0]).toMatchObject({ code: 'mojibake', rows: [1, 2, 3, 4], rowCount: 4 });
    expect(findings[0]!.message).toContain('line 3: reference');
  });
});
