import { describe, expect, it } from 'vitest';
import { BettingConfidenceSequence, PairedLiftSequence } from './betting-confidence-sequence.js';
import { mulberry32 } from './random.js';

const vector = [
  1, 0.5, 0.5, 1, 0.5, 0, 0.5, 1, 0.5, 0.5, 1, 0.5, 0.5, 0.5, 1, 0.5, 0.5, 1, 0, 0.5, 1, 0.5, 1, 0.5, 0.5,
  0.5, 1, 0.5, 0.5, 1,
];

describe('BettingConfidenceSequence', () => {
  it('matches the stats.md Appendix A vector (α=.05, 400-point grid 0.0005…0.9995, no widening)', () => {
    const sequence = new BettingConfidenceSequence({ alpha: 0.05, gridSize: 400, widenByGridStep: false });
    const expected: Record<number, [number, number]> = {
      10: [0.2834, 0.8743],
      20: [0.4111, 0.7942],
      30: [0.4637, 0.7742],
    };
    vector.forEach((x, index) => {
      sequence.push(x);
      const bounds = expected[index + 1];
      if (bounds) {
        expect(sequence.lower).toBeCloseTo(bounds[0], 4);
        expect(sequence.upper).toBeCloseTo(bounds[1], 4);
      }
    });
  });
  it('widens each end by one grid step by default', () => {
    const plain = new BettingConfidenceSequence({ gridSize: 400, widenByGridStep: false });
    const widened = new BettingConfidenceSequence({ gridSize: 400 });
    for (const x of vector.slice(0, 10)) {
      plain.push(x);
      widened.push(x);
    }
    const spacing = 0.999 / 399;
    expect(widened.lower).toBeCloseTo(plain.lower - spacing, 10);
    expect(widened.upper).toBeCloseTo(plain.upper + spacing, 10);
  });
  it('only ever narrows (running intersection)', () => {
    const sequence = new BettingConfidenceSequence({ gridSize: 200 });
    let previous = [0, 1];
    for (const x of vector) {
      sequence.push(x);
      expect(sequence.lower).toBeGreaterThanOrEqual(previous[0]!);
      expect(sequence.upper).toBeLessThanOrEqual(previous[1]!);
      previous = [sequence.lower, sequence.upper];
    }
  });
  it('rejects observations outside [0, 1]', () => {
    expect(() => new BettingConfidenceSequence().push(1.5)).toThrow(RangeError);
  });
  it('covers the true mean at all times in at least 1 − α of runs', () => {
    const random = mulberry32(7);
    let misses = 0;
    const runs = 200;
    for (let run = 0; run < runs; run++) {
      const sequence = new BettingConfidenceSequence({ alpha: 0.1, gridSize: 200 });
      let missed = false;
      for (let index = 0; index < 150; index++) {
        sequence.push(random() < 0.3 ? 1 : 0);
        if (sequence.lower > 0.3 || sequence.upper < 0.3) missed = true;
      }
      if (missed) misses++;
    }
    expect(misses / runs).toBeLessThanOrEqual(0.1);
  });
});

describe('PairedLiftSequence', () => {
  it('detects a large lift and reports an anytime-valid p-value below α', () => {
    const sequence = new PairedLiftSequence({ gridSize: 400 });
    for (let index = 0; index < 60; index++) sequence.push(index % 5 === 0 ? 1 : 0, 1);
    expect(sequence.lift).toBeCloseTo(0.8, 10);
    expect(sequence.lower).toBeGreaterThan(0);
    expect(sequence.pValue).toBeLessThan(0.05);
  });
  it('stays undecided on no lift', () => {
    const sequence = new PairedLiftSequence({ gridSize: 400 });
    for (let index = 0; index < 40; index++) sequence.push(index % 2, (index + 1) % 2);
    expect(sequence.lower).toBeLessThan(0);
    expect(sequence.upper).toBeGreaterThan(0);
    expect(sequence.pValue).toBeGreaterThan(0.05);
  });
});
