import { describe, expect, it } from 'vitest';
import type { ItemResult } from '../core/report/item-result.js';
import { classify, goldInContext } from '../diagnosis/evaluate-items.js';
import { headroomWaterfall } from './headroom.js';

function item(
  correctStrict: boolean,
  correctLenient: boolean,
  contractMet: boolean,
  gold: boolean | null = null,
): ItemResult {
  const itemClass = classify(correctStrict, correctLenient, contractMet);
  return {
    id: String(Math.random()),
    line: 1,
    class: itemClass,
    foundation: (itemClass === 'behavioral' || itemClass === 'mixed') && gold === false,
    correctStrict,
    correctLenient,
    contractMet,
    contractMetLoose: contractMet,
    score: correctLenient ? 1 : 0,
    checks: [],
    goldInContext: gold,
    tags: {},
  };
}

describe('classify (DESIGN §2.1)', () => {
  it.each([
    [true, true, true, 'pass'],
    [true, true, false, 'surface'],
    [false, true, true, 'surface'],
    [false, true, false, 'surface'],
    [false, false, true, 'behavioral'],
    [false, false, false, 'mixed'],
  ] as const)('strict %s, lenient %s, contract %s → %s', (strict, lenient, contract, expected) => {
    expect(classify(strict, lenient, contract)).toBe(expected);
  });
});

describe('goldInContext', () => {
  const base = { id: '1', input: 'q', reference: 'a', output: 'a', contract: [], tags: {}, line: 1 };
  it('is null without gold ids or contexts', () => {
    expect(goldInContext({ ...base, contexts: undefined, goldIds: ['d1'] })).toBeNull();
    expect(goldInContext({ ...base, contexts: [{ id: 'd1', text: '' }], goldIds: undefined })).toBeNull();
  });
  it('is true when a gold id is among the contexts, false otherwise', () => {
    expect(
      goldInContext({
        ...base,
        contexts: [
          { id: 'd2', text: '' },
          { id: 'd1', text: '' },
        ],
        goldIds: ['d1'],
      }),
    ).toBe(true);
    expect(goldInContext({ ...base, contexts: [{ id: 'd2', text: '' }], goldIds: ['d1'] })).toBe(false);
  });
});

describe('headroomWaterfall (DESIGN §2.2)', () => {
  // 100 items: 50 pass, 20 surface, 20 behavioral with gold present... and 10 behavioral with gold missing.
  const list = [
    ...Array.from({ length: 50 }, () => item(true, true, true, true)),
    ...Array.from({ length: 20 }, () => item(false, true, false, true)),
    ...Array.from({ length: 20 }, () => item(false, false, true, true)),
    ...Array.from({ length: 10 }, () => item(false, false, true, false)),
  ];
  const steps = headroomWaterfall(list, 0.05);
  const byStep = Object.fromEntries(steps.map((entry) => [entry.step, entry]));

  it('starts at strict accuracy and adds the surface share', () => {
    expect(byStep.current!.value).toBeCloseTo(0.5);
    expect(byStep.surface!.value).toBeCloseTo(0.2);
    expect(byStep.surface!.start).toBeCloseTo(0.5);
    expect(byStep.surface!.kind).toBe('measured');
  });

  it('estimates the foundation bar as miss share × lenient accuracy on hits, labelled an estimate', () => {
    // hits: 90 items, lenient-correct 70 → 7/9; misses among failures: 10 → 0.1 × 7/9
    expect(byStep.foundation!.value).toBeCloseTo(0.1 * (70 / 90));
    expect(byStep.foundation!.kind).toBe('estimate');
    expect(byStep.foundation!.low).toBeLessThan(byStep.foundation!.value);
  });

  it('leaves the behavioral remainder as a bound, and the bars sum to 100%', () => {
    const total = steps.reduce((sum, entry) => sum + entry.value, 0);
    expect(total).toBeCloseTo(1);
    expect(byStep.behavioral!.kind).toBe('bound');
    expect(byStep.behavioral!.low).toBeLessThanOrEqual(byStep.behavioral!.value);
    expect(byStep.behavioral!.high).toBeGreaterThanOrEqual(byStep.behavioral!.value);
  });

  it('has a zero foundation bar without retrieval data', () => {
    const plain = headroomWaterfall([item(true, true, true), item(false, false, true)], 0.05);
    expect(plain.find((entry) => entry.step === 'foundation')!.value).toBe(0);
  });
});
