import { describe, expect, it } from 'vitest';
import { ProblemCollector } from '../../core/errors.js';
import { mergeTests } from './merge-tests.js';
import { blankTest, type WrittenTest } from './read-tests.js';

function written(overrides: Partial<WrittenTest>): WrittenTest {
  return { ...blankTest({ file: 'promptfooconfig.yaml', line: 1 }), ...overrides };
}

const merge = (tests: WrittenTest[], defaultTest?: WrittenTest) =>
  mergeTests(
    tests,
    defaultTest,
    '/nowhere',
    { file: 'promptfooconfig.yaml' },
    new ProblemCollector('INPUT_INVALID'),
  );

describe('mergeTests', () => {
  it('merges defaultTest as promptfoo does: its assertions first, the test’s vars, metadata and options on top', () => {
    const defaults = written({
      vars: { tone: 'formal', q: 'default' },
      assert: [{ type: 'not-icontains', value: 'sorry' }],
      metadata: { team: 'a' },
      options: { prefix: '>> ' },
      threshold: 0.5,
    });
    const [test] = merge(
      [written({ vars: { q: 'mine' }, assert: [{ type: 'equals', value: 'x' }], metadata: { team: 'b' } })],
      defaults,
    );
    expect(test).toMatchObject({
      index: 0,
      vars: { tone: 'formal', q: 'mine' },
      assertions: [
        { type: 'not-icontains', value: 'sorry' },
        { type: 'equals', value: 'x' },
      ],
      metadata: { team: 'b' },
      prefix: '>> ',
      threshold: 0.5,
    });
    const [own] = merge(
      [written({ assert: [{ type: 'equals', value: 'x' }], options: { disableDefaultAsserts: true } })],
      defaults,
    );
    expect(own!.assertions).toEqual([{ type: 'equals', value: 'x' }]);
  });

  it('expands vars holding lists of strings into one test per combination, numbered in order; repeats too', () => {
    const tests = merge([
      written({ vars: { city: ['Paris', 'Lima'], lang: ['en', 'fr'], data: [1, 2] } }),
      written({ options: { repeat: 2 } }),
    ]);
    expect(tests.map((test) => [test.index, test.vars.city, test.vars.lang])).toEqual([
      [0, 'Paris', 'en'],
      [1, 'Paris', 'fr'],
      [2, 'Lima', 'en'],
      [3, 'Lima', 'fr'],
      [4, undefined, undefined],
      [5, undefined, undefined],
    ]);
    expect(tests[0]!.vars.data).toEqual([1, 2]);
    expect(
      merge([written({ vars: { city: ['Paris', 'Lima'] }, options: { disableVarExpansion: true } })]),
    ).toHaveLength(1);
  });

  it('no tests at all is one empty test, as in promptfoo', () => {
    expect(merge([])).toMatchObject([{ index: 0, vars: {}, assertions: [] }]);
  });
});
