import { describe, expect, it } from 'vitest';
import type { ItemResult } from '../core/report/item-result.js';
import type { HeadroomStep } from '../core/report/report.js';
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
  const decided = { status: 'no_foundation_gap' as const, findings: [] };
  const steps = headroomWaterfall(list, 0.05, decided);
  const byStep = Object.fromEntries(steps.map((entry) => [entry.step, entry]));
  const figure = (entry: HeadroomStep | undefined) => {
    if (entry === undefined || entry.kind === 'not_assessed') throw new Error('no figure');
    return entry;
  };

  it('starts at strict accuracy and adds the surface share', () => {
    expect(figure(byStep.current).value).toBeCloseTo(0.5);
    expect(figure(byStep.surface).value).toBeCloseTo(0.2);
    expect(byStep.surface!.start).toBeCloseTo(0.5);
    expect(byStep.surface!.kind).toBe('measured');
  });

  it('estimates the foundation bar as miss share × lenient accuracy on hits, labelled an estimate', () => {
    // hits: 90 items, lenient-correct 70 → 7/9; misses among failures: 10 → 0.1 × 7/9
    const foundation = figure(byStep.foundation);
    expect(foundation.value).toBeCloseTo(0.1 * (70 / 90));
    expect(foundation.kind).toBe('estimate');
    expect(foundation.low).toBeLessThan(foundation.value);
  });

  it('leaves the behavioral remainder as a bound, and the bars sum to 100%', () => {
    const total = steps.reduce((sum, entry) => sum + figure(entry).value, 0);
    expect(total).toBeCloseTo(1);
    const behavioral = figure(byStep.behavioral);
    expect(behavioral.kind).toBe('bound');
    expect(behavioral.low).toBeLessThanOrEqual(behavioral.value);
    expect(behavioral.high).toBeGreaterThanOrEqual(behavioral.value);
  });

  it('has a zero foundation bar when Q4 decided and no failure lacks its gold passage', () => {
    const plain = headroomWaterfall(
      [item(true, true, true, true), item(false, false, true, true)],
      0.05,
      decided,
    );
    expect(plain.find((entry) => entry.step === 'foundation')).toMatchObject({ value: 0, kind: 'estimate' });
  });

  /** The foundation bar without a figure, and the remainder then holding every content failure. */
  function expectNotAssessed(result: HeadroomStep[], why: RegExp) {
    const foundation = result.find((entry) => entry.step === 'foundation')!;
    expect(foundation).toMatchObject({ kind: 'not_assessed', value: null, low: null, high: null });
    expect(foundation.note).toMatch(why);
    const behavioral = figure(result.find((entry) => entry.step === 'behavioral'));
    expect(behavioral.value).toBeCloseTo(0.3);
    expect(behavioral.start).toBeCloseTo(0.7);
    expect(behavioral.note).toMatch(/retrieval fixes are not assessed/);
  }

  it('is not assessed without retrieval data (Q4 not assessed)', () => {
    expectNotAssessed(headroomWaterfall(list, 0.05, { status: 'not_assessed' }), /no retrieval data/);
  });

  it('is not assessed when Q4 is inconclusive', () => {
    expectNotAssessed(headroomWaterfall(list, 0.05, { status: 'inconclusive' }), /inconclusive/);
  });

  it('is not assessed when most gold ids match no passage id, whatever Q4 decided', () => {
    const mismatch = {
      code: 'gold_id_unknown',
      severity: 'error' as const,
      message: '99 of 100 gold id(s) match no passage id in any prompt: "1" (line 2)',
    };
    const result = headroomWaterfall(list, 0.05, { status: 'foundation_gap', findings: [mismatch] });
    expectNotAssessed(result, /99 of 100 gold id\(s\) match no passage id in any prompt \(gold_id_unknown\)/);
    // A warning (a few unknown ids: gold passages never retrieved) does not block the bar.
    const few = headroomWaterfall(list, 0.05, {
      status: 'no_foundation_gap',
      findings: [{ ...mismatch, severity: 'warning' }],
    });
    expect(few.find((entry) => entry.step === 'foundation')!.kind).toBe('estimate');
  });

  it('is not assessed when accuracy with the gold passage rests on fewer than 10 items', () => {
    // One hit (correct) and 37 content failures without their gold passage: 100% accuracy from n=1.
    const oneHit = [
      item(true, true, true, true),
      ...Array.from({ length: 62 }, () => item(true, true, true, null)),
      ...Array.from({ length: 37 }, () => item(false, false, true, false)),
    ];
    const result = headroomWaterfall(oneHit, 0.05, { status: 'no_foundation_gap', findings: [] });
    const foundation = result.find((entry) => entry.step === 'foundation')!;
    expect(foundation.kind).toBe('not_assessed');
    expect(foundation.note).toMatch(/rests on 1 item\(s\) \(fewer than 10\)/);
    expect(figure(result.find((entry) => entry.step === 'behavioral')).value).toBeCloseTo(0.37);
  });
});
