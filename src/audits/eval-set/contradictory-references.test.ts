import { describe, expect, it } from 'vitest';
import { evalCases } from '../../testing/eval-cases.js';
import { contradictoryReferences } from './contradictory-references.js';

describe('contradictory_reference', () => {
  it('flags one input labelled with different references, naming lines and both labels', () => {
    const findings = contradictoryReferences.run(
      evalCases([
        { input: 'Refund request', reference: 'billing' },
        { input: 'Other', reference: 'x' },
        { input: 'refund request', reference: 'shipping' },
      ]),
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ code: 'contradictory_reference', rows: [1, 3], rowCount: 2 });
    expect(findings[0]!.message).toContain('"billing" vs "shipping"');
  });
  it('compares JSON references by value and treats case-only differences as the same label', () => {
    expect(
      contradictoryReferences.run(
        evalCases([
          { input: 'q', reference: 'Paris' },
          { input: 'q', reference: 'paris' },
        ]),
      ),
    ).toEqual([]);
    expect(
      contradictoryReferences.run(
        evalCases([
          { input: 'q', reference: { a: 1 } },
          { input: 'q', reference: { a: 2 } },
        ]),
      ),
    ).toHaveLength(1);
  });
});
