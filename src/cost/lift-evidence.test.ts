import { describe, expect, it } from 'vitest';
import { chooseFineTuneLift } from './lift-evidence.js';

const bound = { value: 0.08, low: 0.05, high: 0.11 };

describe('chooseFineTuneLift', () => {
  it('uses a stated prior when nothing is measured', () => {
    const { lift, notes } = chooseFineTuneLift({ prior: 0.04, bound });
    expect(lift).toMatchObject({ value: 0.04, low: 0.04, high: 0.04, kind: 'prior' });
    expect(notes).toEqual([]);
  });
  it('caps a prior above the upper end of the behavioral remainder, and says so', () => {
    const { lift, notes } = chooseFineTuneLift({ prior: 0.2, bound });
    expect(lift?.value).toBe(0.11);
    expect(notes[0]).toContain('capped');
  });
  it('is undefined without a measurement, a prior or a bound', () => {
    expect(chooseFineTuneLift({}).lift).toBeUndefined();
  });
  it('falls back to the behavioral remainder, labelled a bound', () => {
    expect(chooseFineTuneLift({ bound }).lift).toMatchObject({
      value: 0.08,
      low: 0.05,
      high: 0.11,
      kind: 'bound',
    });
  });
});
