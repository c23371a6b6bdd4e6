import { describe, expect, it } from 'vitest';
import { ProblemCollector } from '../../core/errors.js';
import { type PlanOptions, planImport } from './plan-import.js';
import type { PromptfooAssertion, PromptfooTest } from './promptfoo-test.js';

const noOverrides: PlanOptions = { asContract: new Set(), asCorrectness: new Set() };

function test(
  index: number,
  assertions: PromptfooAssertion[],
  vars: Record<string, unknown> = {},
): PromptfooTest {
  return {
    index,
    description: undefined,
    vars,
    assertions,
    providerOutput: 'x',
    metadata: {},
    threshold: undefined,
    prefix: '',
    suffix: '',
    outputTransform: false,
    location: { file: 'promptfooconfig.yaml', line: index + 1 },
    recorded: undefined,
  };
}

function plan(tests: PromptfooTest[], options: PlanOptions = noOverrides) {
  const collector = new ProblemCollector('INPUT_INVALID');
  const result = planImport(tests, '/nowhere', options, collector);
  collector.throwIfAny();
  return result;
}

describe('planImport', () => {
  it('one kind of correctness assertion on every test becomes that built-in scorer', () => {
    expect(
      plan([test(0, [{ type: 'equals', value: 'a' }]), test(1, [{ type: 'equals', value: 7 }])]),
    ).toMatchObject({
      score: { type: 'exact' },
      references: ['a', '7'],
    });
    expect(
      plan([
        test(0, [{ type: 'contains-any', value: ['a', 'b'] }]),
        test(1, [{ type: 'contains-any', value: 'c, d' }]),
      ]),
    ).toMatchObject({
      score: { type: 'contains', all: false },
      references: [
        ['a', 'b'],
        ['c', 'd'],
      ],
    });
    expect(
      plan([test(0, [{ type: 'regex', value: '^a' }]), test(1, [{ type: 'regex', value: '^b' }])]).score,
    ).toEqual({
      type: 'regex',
    });
  });

  it('mixed or several correctness assertions use the assertions scorer; a test without one gets an empty list', () => {
    const result = plan([
      test(0, [{ type: 'icontains', value: 'paris' }]),
      test(1, [
        { type: 'equals', value: 'lima' },
        { type: 'not-contains', value: 'Cusco' },
      ]),
      test(2, []),
    ]);
    expect(result.score).toEqual({ type: 'assertions' });
    expect(result.references).toEqual([
      [{ type: 'icontains', value: 'paris' }],
      [
        { type: 'equals', value: 'lima' },
        { type: 'not-contains', value: 'Cusco' },
      ],
      [],
    ]);
  });

  it('the same text assertion on every test is contract; templated values render per test and judge the answer', () => {
    const shared = [
      { type: 'not-icontains', value: 'as an AI' },
      { type: 'icontains', value: '{{ answer }}' },
    ];
    const result = plan([test(0, shared, { answer: 'Paris' }), test(1, shared, { answer: 'Lima' })]);
    expect(result.contract).toEqual([
      { check: 'forbidden_phrases', phrases: ['as an AI'], case_sensitive: false, whole_words: false },
    ]);
    expect(result.references).toEqual([
      [{ type: 'icontains', value: 'Paris' }],
      [{ type: 'icontains', value: 'Lima' }],
    ]);
  });

  it('format assertions are contract: project-wide when every test has the same one, per item otherwise', () => {
    const result = plan([
      test(0, [{ type: 'is-json' }, { type: 'word-count', value: { max: 3 } }]),
      test(1, [{ type: 'is-json' }, { type: 'word-count', value: 10 }]),
    ]);
    expect(result.contract).toEqual([{ check: 'json' }]);
    expect(result.itemContracts).toEqual([
      [{ check: 'regex', pattern: '^\\s*$|^\\s*(?:\\S+\\s+){0,2}\\S+\\s*$', flags: '', must_match: true }],
      [{ check: 'regex', pattern: '^\\s*(?:\\S+\\s+){9,9}\\S+\\s*$', flags: '', must_match: true }],
    ]);
    expect(result.score).toEqual({ type: 'none' });
  });

  it('--as-contract and --as-correctness override the rule by type', () => {
    const tests = [
      test(0, [{ type: 'icontains', value: 'a' }]),
      test(1, [{ type: 'icontains', value: 'b' }]),
    ];
    const contract = plan(tests, { asContract: new Set(['icontains']), asCorrectness: new Set() });
    expect(contract.itemContracts).toEqual([
      [{ check: 'required_phrases', phrases: ['a'], case_sensitive: false, whole_words: false }],
      [{ check: 'required_phrases', phrases: ['b'], case_sensitive: false, whole_words: false }],
    ]);
    const same = [test(0, [{ type: 'regex', value: '^x' }]), test(1, [{ type: 'regex', value: '^x' }])];
    expect(plan(same).contract).toHaveLength(1);
    expect(plan(same, { asContract: new Set(), asCorrectness: new Set(['regex']) }).score).toEqual({
      type: 'regex',
    });
    expect(() =>
      plan([test(0, [{ type: 'equals', value: 'a' }])], {
        asContract: new Set(['equals']),
        asCorrectness: new Set(),
      }),
    ).toThrow('--as-contract: equals cannot be a contract check');
  });

  it('phrases with an apostrophe go through the regex check (the phrase checks also find ’)', () => {
    const tests = [
      test(0, [{ type: 'not-contains', value: "can't" }]),
      test(1, [{ type: 'not-contains', value: "can't" }]),
    ];
    expect(plan(tests).contract).toEqual([
      { check: 'regex', pattern: "can't", flags: '', must_match: false },
    ]);
  });

  it('model-graded assertions are labels; the unmappable are listed with why; nothing is dropped silently', () => {
    const first = test(0, [
      { type: 'llm-rubric', value: 'is polite' },
      { type: 'levenshtein', value: 'x', threshold: 2 },
      { type: 'contains', value: 'x', weight: 0 },
      { type: 'javascript', value: 'output.length > 1' },
      { type: 'regex', value: '(' },
    ]);
    first.recorded = {
      renderedPrompt: 'p',
      output: 'x',
      success: false,
      error: undefined,
      passes: [true, false, true, true, false],
      renderedValues: [],
    };
    const result = plan([first]);
    expect(result.labels[0]).toEqual({
      'promptfoo.llm-rubric': 'pass',
      'promptfoo.levenshtein': 'fail',
      'promptfoo.contains': 'pass',
      'promptfoo.javascript': 'pass',
      'promptfoo.regex': 'fail',
    });
    expect(result.rows.map((row) => [row.type, row.role, row.target])).toEqual([
      ['llm-rubric', 'label', 'recorded pass/fail, as a tag'],
      ['levenshtein', 'not-mapped', 'not mapped: no edit-distance scorer'],
      ['contains', 'not-mapped', 'not mapped: weight 0 (promptfoo passes it whatever the output)'],
      ['javascript', 'not-mapped', 'not mapped: inline JavaScript (fixfirst runs code from files only)'],
      ['regex', 'not-mapped', expect.stringContaining('not mapped: invalid regular expression')],
    ]);
    expect(result.score).toEqual({ type: 'none' });
  });

  it('notes thresholds, which change how promptfoo passes a test', () => {
    const thresholded = test(0, [{ type: 'contains', value: 'a' }]);
    thresholded.threshold = 0.5;
    expect(plan([thresholded]).notes[0]).toContain('1 test(s) set a threshold');
  });
});
