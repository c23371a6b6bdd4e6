import { describe, expect, it } from 'vitest';
import { openAiDefaultEpochs, resolveEpochs } from './epochs.js';

describe('openAiDefaultEpochs (OpenAI data-prep notebook rule)', () => {
  it('is 3 in the middle range', () => {
    expect(openAiDefaultEpochs(34)).toBe(3); // 34 × 3 = 102 ≥ 100
    expect(openAiDefaultEpochs(2000)).toBe(3);
    expect(openAiDefaultEpochs(8333)).toBe(3); // 8333 × 3 = 24,999 ≤ 25,000
  });
  it('raises epochs for small sets so about 100 examples are seen: floor(100 / n), at most 25', () => {
    expect(openAiDefaultEpochs(10)).toBe(10);
    expect(openAiDefaultEpochs(30)).toBe(3); // 90 < 100 → floor(100/30) = 3
    expect(openAiDefaultEpochs(20)).toBe(5);
    expect(openAiDefaultEpochs(1)).toBe(25); // floor(100/1) = 100, capped at 25
  });
  it('lowers epochs for large sets: floor(25,000 / n), at least 1', () => {
    expect(openAiDefaultEpochs(10_000)).toBe(2);
    expect(openAiDefaultEpochs(8_334)).toBe(2); // 25,002 > 25,000 → floor(25000/8334) = 2
    expect(openAiDefaultEpochs(30_000)).toBe(1);
  });
});

describe('resolveEpochs', () => {
  it('keeps a configured count', () => {
    expect(resolveEpochs(4, 2000)).toMatchObject({ epochs: 4, basis: 'configured' });
  });
  it('applies the rule to the real example count', () => {
    expect(resolveEpochs('auto', 20)).toMatchObject({ epochs: 5, basis: 'rule' });
  });
  it('assumes the target of 3 when the example count is unknown, and says so', () => {
    expect(resolveEpochs('auto', undefined)).toMatchObject({ epochs: 3, basis: 'assumption' });
  });
});
