import { describe, expect, it } from 'vitest';
import { helpersFor } from '../../test/helpers/run-check.js';
import { CheckResolver, resolveScorer } from '../checks/resolve.js';
import type { EvalCase } from '../core/eval-case.js';
import { evaluateItems } from './evaluate-items.js';

async function evaluate(
  output: string,
  specs: { check: string; [key: string]: string | number | boolean }[],
) {
  const resolver = new CheckResolver(helpersFor());
  const checks = await Promise.all(
    specs.map((spec, index) => resolver.resolve(spec, { field: `contract[${index}]` })),
  );
  const evalCase: EvalCase = {
    id: '1',
    input: 'prompt',
    reference: undefined,
    output,
    contexts: undefined,
    goldIds: undefined,
    contract: [],
    tags: {},
    line: 1,
  };
  const scorer = await resolveScorer({ type: 'none' }, { file: 'fixfirst.yaml' }, helpersFor());
  const [result] = await evaluateItems([{ evalCase, checks }], scorer);
  return result!;
}

describe('evaluateItems: contract checks, strict and IFEval-loose', () => {
  it('a blank output follows no check, even one it would vacuously meet (IFEval rule)', async () => {
    const result = await evaluate(' \n\t', [
      { check: 'max_words', n: 10 },
      { check: 'punctuation:no_comma' },
    ]);
    expect(result.checks.map((check) => [check.pass, check.passLoose, check.detail])).toEqual([
      [false, false, 'the output is blank'],
      [false, false, 'the output is blank'],
    ]);
    expect(result.class).toBe('surface');
  });
  it('loose passes when a variant without the first line or the asterisks passes', async () => {
    const result = await evaluate('Sure, here it is:\n"A quoted answer"', [{ check: 'startend:quotation' }]);
    expect(result.checks[0]).toMatchObject({ pass: false, passLoose: true });
    expect(result).toMatchObject({ contractMet: false, contractMetLoose: true, class: 'surface' });
  });
  it('loose never counts a blank variant (a one-line output without the line is nothing)', async () => {
    const result = await evaluate('Hello, world', [{ check: 'punctuation:no_comma' }]);
    expect(result.checks[0]).toMatchObject({ pass: false, passLoose: false });
  });
});
