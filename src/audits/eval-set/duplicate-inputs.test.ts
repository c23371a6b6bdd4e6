import { describe, expect, it } from 'vitest';
import { evalCases } from '../../testing/eval-cases.js';
import { duplicateInputs } from './duplicate-inputs.js';

describe('duplicate_input', () => {
  it('flags items repeating an input and reference, ignoring case and whitespace', () => {
    const findings = duplicateInputs.run(
      evalCases([
        { input: 'What is  the capital of France?', reference: 'Paris' },
        { input: 'what is the capital of france?', reference: 'paris' },
        { input: 'Another question', reference: 'x' },
      ]),
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ code: 'duplicate_input', rows: [1, 2], rowCount: 2 });
    expect(findings[0]!.evidence.extraItems).toBe(1);
  });
  it('leaves same-input items with different references to contradictory_reference', () => {
    expect(
      duplicateInputs.run(
        evalCases([
          { input: 'q', reference: 'a' },
          { input: 'q', reference: 'b' },
        ]),
      ),
    ).toEqual([]);
  });
  it('compares chat inputs message by message', () => {
    const chat = (content: string) => [{ role: 'user' as const, content }];
    expect(duplicateInputs.run(evalCases([{ input: chat('hi') }, { input: chat('hi') }]))).toHaveLength(1);
    expect(duplicateInputs.run(evalCases([{ input: chat('hi') }, { input: chat('bye') }]))).toEqual([]);
  });
});
