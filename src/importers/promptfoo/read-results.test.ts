import { describe, expect, it } from 'vitest';
import type { FixfirstError } from '../../core/errors.js';
import { readPromptfooResults } from './read-results.js';

const file = {
  absolute: '/nowhere/results.json',
  shown: 'results.json',
  extension: '.json',
  functionName: undefined,
};

function result(assert: unknown[], components: unknown[], extra: Record<string, unknown> = {}) {
  return {
    testIdx: 0,
    promptIdx: 0,
    prompt: { raw: 'Q', label: 'Q' },
    provider: { id: 'echo' },
    response: { output: { answer: 42 } },
    success: false,
    vars: { q: 'x' },
    gradingResult: { pass: false, componentResults: components },
    testCase: { assert, description: 'Row #3' },
    ...extra,
  };
}
const read = (results: unknown[]) =>
  readPromptfooResults(file, { results: { version: 3, prompts: [{ raw: 'Q', label: 'Q' }], results } });

describe('readPromptfooResults', () => {
  it('aligns recorded passes with assertions: assert-set results nest, select-best leaves none', () => {
    const run = read([
      result(
        [
          { type: 'contains', value: 'a' },
          {
            type: 'assert-set',
            assert: [
              { type: 'contains', value: 'b' },
              { type: 'contains', value: 'c' },
            ],
          },
          { type: 'select-best', value: 'best' },
          { type: 'icontains', value: 'd' },
        ],
        [
          { pass: true, assertion: { type: 'contains' }, metadata: { renderedAssertionValue: 'a!' } },
          { pass: false, assertion: { type: 'assert-set' }, componentResults: [{}, {}] },
          { pass: true, assertion: { type: 'contains' } },
          { pass: false, assertion: { type: 'contains' } },
          { pass: false, assertion: { type: 'icontains' } },
        ],
      ),
    ]);
    const test = run.results[0]!.test;
    expect(test.recorded!.passes).toEqual([true, false, undefined, false]);
    expect(test.recorded!.renderedValues[0]).toBe('a!');
    // Outputs that are not text are recorded as promptfoo shows them; "Row #n" descriptions are dropped.
    expect(test.recorded!.output).toBe('{"answer":42}');
    expect(test.description).toBeUndefined();
  });

  it('results that do not line up, or errored, record no passes', () => {
    const misaligned = read([
      result([{ type: 'equals', value: 'a' }], [{ pass: true, assertion: { type: 'contains' } }]),
    ]);
    expect(misaligned.results[0]!.test.recorded!.passes).toEqual([undefined]);
    const errored = read([
      result([{ type: 'equals', value: 'a' }], [], {
        gradingResult: null,
        error: 'API key is not set',
        response: null,
        failureReason: 2,
      }),
    ]);
    expect(errored.results[0]!.test.recorded).toMatchObject({
      output: undefined,
      error: 'API key is not set',
      passes: [undefined],
    });
  });

  it('names the key of a result of the wrong shape, for every bad result', () => {
    let rendered = '';
    try {
      read([
        { ...result([], []), testIdx: -1 },
        { ...result([], []), success: 'yes' },
      ]);
    } catch (error) {
      rendered = (error as FixfirstError).render();
    }
    expect(rendered).toContain(
      'results.json: field "results.results[0].testIdx": must be at least 0, got the number -1',
    );
    expect(rendered).toContain(
      'results.json: field "results.results[1].success": expected true or false, got the text "yes"',
    );
  });
});
