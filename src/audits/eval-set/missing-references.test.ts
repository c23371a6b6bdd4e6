import { describe, expect, it } from 'vitest';
import { evalCases } from '../../testing/eval-cases.js';
import { missingReferences } from './missing-references.js';

describe('missing_reference', () => {
  it('flags empty references and absent ones when other items have one', () => {
    const findings = missingReferences.run(
      evalCases([{ reference: 'a' }, { reference: '  ' }, { reference: undefined }, { reference: [] }]),
    );
    expect(findings[0]).toMatchObject({ code: 'missing_reference', rows: [2, 3, 4], rowCount: 3 });
  });
  it('says nothing when no item has a reference (a scorer that needs none)', () => {
    expect(missingReferences.run(evalCases([{ reference: undefined }, { reference: undefined }]))).toEqual(
      [],
    );
  });
});
