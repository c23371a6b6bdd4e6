import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  assertionRules,
  modelGradedTypes,
  promptfooBaseTypes,
  ruleFor,
  unmappedReasons,
} from './assertion-rules.js';

const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
const section = /<!-- section: promptfoo -->([\s\S]*?)<!-- \/section: promptfoo -->/.exec(readme)?.[1] ?? '';

/** promptfoo 0.121.20's BaseAssertionTypesSchema (dist/src/tables-*.js), by name. */
const promptfooTypes = (
  'agent-rubric answer-relevance bleu classifier contains contains-all contains-any contains-html ' +
  'contains-json contains-sql contains-xml context-faithfulness context-recall context-relevance ' +
  'conversation-relevance cost equals factuality finish-reason g-eval gleu guardrails icontains ' +
  'icontains-all icontains-any is-html is-json is-refusal is-sql is-valid-function-call ' +
  'is-valid-openai-function-call is-valid-openai-tools-call is-xml javascript latency levenshtein ' +
  'llm-rubric pi meteor model-graded-closedqa model-graded-factuality moderation perplexity ' +
  'perplexity-score python regex rouge-n ruby similar similar:cosine similar:dot similar:euclidean ' +
  'starts-with tool-call-f1 skill-used trajectory:goal-success trajectory:tool-args-match ' +
  'trajectory:step-count trajectory:tool-sequence trajectory:tool-used trace-error-spans ' +
  'trace-span-count trace-span-duration search-rubric webhook word-count '
)
  .trim()
  .split(' ');

/** promptfoo's word count (src/assertions/wordCount.ts): runs of non-whitespace. */
const promptfooWords = (text: string) =>
  text
    .trim()
    .split(/\s+/)
    .filter((word) => word.length > 0).length;

describe('promptfoo assertion rules', () => {
  it('every promptfoo base type is mapped, model-graded or not mapped with a reason: none is forgotten', () => {
    expect([...promptfooBaseTypes].sort()).toEqual([...promptfooTypes].sort());
    for (const type of promptfooTypes) {
      const known =
        ruleFor(type) !== undefined || modelGradedTypes.includes(type) || unmappedReasons[type] !== undefined;
      expect(known, type).toBe(true);
    }
  });

  it('the README promptfoo section lists every type with what it becomes', () => {
    for (const type of [
      ...assertionRules.map((rule) => rule.type),
      ...modelGradedTypes,
      ...Object.keys(unmappedReasons),
    ]) {
      expect(section, type).toContain(`\`${type}\``);
    }
  });

  it('word-count becomes a regex that counts words as promptfoo does, for every bound', () => {
    const rule = ruleFor('word-count')!;
    const samples = [
      '',
      ' ',
      'one',
      ' one ',
      'one two',
      "don't stop — now",
      'a\tb\nc  d',
      'x '.repeat(12),
      '3.14 is π',
    ];
    const bounds: unknown[] = [
      0,
      1,
      3,
      { min: 0 },
      { max: 0 },
      { min: 2 },
      { max: 2 },
      { min: 1, max: 3 },
      '4',
    ];
    for (const value of bounds) {
      for (const negated of [false, true]) {
        const spec = rule.contract!(value, negated) as unknown as { pattern: string; must_match: boolean };
        const pattern = new RegExp(spec.pattern);
        for (const sample of samples) {
          const count = promptfooWords(sample);
          const { min, max } =
            typeof value === 'object'
              ? (value as { min?: number; max?: number })
              : { min: Number(value), max: Number(value) };
          const holds = (min === undefined || count >= min) && (max === undefined || count <= max);
          expect(
            pattern.test(sample) === spec.must_match,
            `${JSON.stringify(value)} ${negated} ${JSON.stringify(sample)}`,
          ).toBe(holds !== negated);
        }
      }
    }
    expect(rule.contract!({ min: 3, max: 1 }, false)).toEqual({
      unmappable: 'word-count has min above max (promptfoo rejects it)',
    });
  });

  it('contains-json becomes contains_json on objects; the schema and not- carry over', () => {
    const rule = ruleFor('contains-json')!;
    expect(rule.kind).toBe('format');
    expect(rule.contract!(undefined, false)).toEqual({ check: 'contains_json', kind: 'object' });
    expect(rule.contract!({ type: 'object' }, true)).toEqual({
      check: 'contains_json',
      kind: 'object',
      schema: { type: 'object' },
      must_contain: false,
    });
    expect(rule.contract!('not a schema', false)).toEqual({
      unmappable: 'contains-json needs a JSON Schema object (or a file:// reference to one)',
    });
  });

  it('list kinds need a non-empty list; text kinds a non-empty text', () => {
    expect(ruleFor('contains-any')!.component!([], false)).toHaveProperty('unmappable');
    expect(ruleFor('contains')!.component!('', false)).toHaveProperty('unmappable');
    expect(ruleFor('contains')!.component!(12, false)).toEqual({ type: 'contains', value: '12' });
    expect(ruleFor('is-json')!.contract!('not a schema', false)).toHaveProperty('unmappable');
  });
});
