import { describe, expect, it } from 'vitest';
import type { PricedModel } from './find-model.js';
import { isFineTuneKey, missingKeysInWords, missingPriceKeys } from './missing-price-keys.js';

/** A model the price data knows nothing about (only today's prices were given). */
const unpriced: PricedModel = {
  id: 'acme:m1',
  requested: 'acme:m1',
  provider: 'acme',
  prices: {
    id: 'acme:m1',
    aliases: [],
    inference: { input: 1, cachedInput: null, output: 2, source: 'configured', asOf: '2026-11-30' },
    fineTuning: null,
  },
  caching: null,
};
const noPlan = { hostingPerMonth: undefined, training: undefined };

describe('missingPriceKeys', () => {
  it('lists everything a fine-tune of an unpriced model needs, in a fixed order', () => {
    expect(missingPriceKeys(noPlan, unpriced, 'fine_tuned_input')).toEqual([
      'training',
      'fine_tuned_input',
      'fine_tuned_output',
      'hosting_per_month',
    ]);
  });
  it('leaves out hosting when it is configured, and keeps the failed key', () => {
    expect(missingPriceKeys({ ...noPlan, hostingPerMonth: 0 }, unpriced, 'training')).toEqual([
      'training',
      'fine_tuned_input',
      'fine_tuned_output',
    ]);
  });
  it('asks for the hours per run of an hourly-billed model', () => {
    const hourly: PricedModel = {
      ...unpriced,
      prices: {
        ...unpriced.prices,
        fineTuning: {
          training: { perHour: 100 },
          inference: { input: 1, cachedInput: null, output: 2 },
          hosting: { usdPerMonth: 0 },
          minimumPerJob: 0,
          storagePerMonth: 0,
          source: 'configured',
          asOf: '2026-11-30',
        },
      },
    };
    expect(missingPriceKeys(noPlan, hourly, 'training.hours_per_run')).toEqual(['training.hours_per_run']);
  });
  it('lists input and output when the base model has no prices', () => {
    const bare = { ...unpriced, prices: { ...unpriced.prices, inference: null } };
    expect(missingPriceKeys(noPlan, bare, 'input')).toEqual(['input', 'output']);
    expect(isFineTuneKey('input')).toBe(false);
    expect(isFineTuneKey('hosting_per_month')).toBe(true);
  });
});

describe('missingKeysInWords', () => {
  it('joins the names with commas and "and", noting that hosting is 0 for serverless', () => {
    const flags: Record<string, string> = { training: '--training-price', hosting_per_month: '--hosting' };
    expect(missingKeysInWords(['training'], (key) => flags[key]!)).toBe('--training-price');
    expect(missingKeysInWords(['training', 'hosting_per_month'], (key) => flags[key]!)).toBe(
      '--training-price and --hosting (0 for serverless)',
    );
    expect(missingKeysInWords(['a', 'b', 'c'], (key) => key)).toBe('a, b and c');
  });
});
