import { describe, expect, it } from 'vitest';
import type { ItemResult } from '../core/report/item-result.js';
import { succeedsOn } from './outcome-measure.js';

const base: ItemResult = {
  id: 'x',
  line: 1,
  class: 'surface',
  foundation: false,
  correctStrict: false,
  correctLenient: true,
  contractMet: false,
  contractMetLoose: true,
  score: 1,
  checks: [],
  goldInContext: null,
  tags: {},
};

describe('succeedsOn', () => {
  it('counts a fenced right answer on lenient correctness but not on strict pass', () => {
    expect(succeedsOn(base, 'lenient_correct')).toBe(true);
    expect(succeedsOn(base, 'strict_pass')).toBe(false);
  });
  it('counts a pass on both, and a wrong answer on neither', () => {
    const pass = { ...base, class: 'pass' as const, correctStrict: true, contractMet: true };
    expect(succeedsOn(pass, 'strict_pass')).toBe(true);
    expect(succeedsOn(pass, 'lenient_correct')).toBe(true);
    const wrong = { ...base, class: 'behavioral' as const, correctLenient: false, contractMet: true };
    expect(succeedsOn(wrong, 'strict_pass')).toBe(false);
    expect(succeedsOn(wrong, 'lenient_correct')).toBe(false);
  });
});
