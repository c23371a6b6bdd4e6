import { describe, expect, it } from 'vitest';
import { FixfirstError } from '../core/errors.js';
import { defaultPriceCatalog } from './default-price-catalog.js';
import { findModel } from './find-model.js';
import { applyPriceOverrides } from './price-overrides.js';

const catalog = defaultPriceCatalog();
const where = {
  code: 'USAGE' as const,
  location: { field: '--model' },
  pricesHint: 'pass --input-price and --output-price',
};

describe('findModel', () => {
  it('finds a model by id, alias or bare name, case-insensitively', () => {
    expect(findModel(catalog, 'openai:gpt-4.1-mini', where).id).toBe('openai:gpt-4.1-mini');
    expect(findModel(catalog, 'gpt-4.1-mini-2025-04-14', where).id).toBe('openai:gpt-4.1-mini');
    expect(findModel(catalog, 'GPT-4o-mini', where).id).toBe('openai:gpt-4o-mini');
    expect(findModel(catalog, 'gpt-4o-mini', where).caching?.automatic).toBe(true);
  });
  it('an unknown model lists the known ones, suggests the nearest and says how to give prices', () => {
    try {
      findModel(catalog, 'openai:gpt-4.1-mni', where);
      expect.unreachable();
    } catch (error) {
      expect(FixfirstError.isInstance(error)).toBe(true);
      const problem = error as FixfirstError;
      expect(problem.code).toBe('USAGE');
      expect(problem.message).toContain('Did you mean "openai:gpt-4.1-mini"?');
      expect(problem.message).toContain('fireworks:up-to-16b');
      expect(problem.hint).toBe('pass --input-price and --output-price');
    }
  });
});

describe('applyPriceOverrides', () => {
  const options = {
    today: '2026-11-30',
    shownAs: 'fixfirst.yaml',
    code: 'CONFIG_INVALID' as const,
    location: () => ({}),
  };
  it('adds an unknown provider:model with explicit prices, labelled configured', () => {
    const next = applyPriceOverrides(
      catalog,
      { 'anthropic:claude-haiku-4-5': { input: 1, output: 5 } },
      options,
    );
    const model = findModel(next, 'anthropic:claude-haiku-4-5', where);
    expect(model.prices.inference).toMatchObject({
      input: 1,
      cachedInput: null,
      output: 5,
      source: 'configured',
    });
    expect(model.caching?.cachedInputMultiplier).toBe(0.1);
    expect(next.sources.configured?.evidence).toBe('configured');
  });
  it('replaces one figure of a known model and keeps the rest', () => {
    const next = applyPriceOverrides(catalog, { 'gpt-4.1-mini': { training: 4 } }, options);
    const model = findModel(next, 'openai:gpt-4.1-mini', where);
    expect(model.prices.fineTuning?.training).toEqual({ perMillionTokens: 4 });
    expect(model.prices.fineTuning?.inference).toEqual({ input: 0.8, cachedInput: 0.2, output: 3.2 });
    expect(model.prices.inference?.source).toBe('openai-pricing');
  });
  it('gives Together a serving price and hosting', () => {
    const next = applyPriceOverrides(
      catalog,
      { 'together:lora-sft-up-to-16b': { fineTunedInput: 0.2, fineTunedOutput: 0.2, hostingPerMonth: 0 } },
      options,
    );
    const model = findModel(next, 'together:lora-sft-up-to-16b', where);
    expect(model.prices.fineTuning?.hosting).toEqual({ usdPerMonth: 0 });
    expect(model.prices.fineTuning?.training).toEqual({ perMillionTokens: 0.5 });
  });
  it('refuses a new model without both input and output prices', () => {
    expect(() => applyPriceOverrides(catalog, { 'acme:model': { input: 1 } }, options)).toThrow(
      /price "output" missing/,
    );
  });
  it('refuses a new name that is not provider:model', () => {
    expect(() => applyPriceOverrides(catalog, { 'my model': { input: 1, output: 2 } }, options)).toThrow(
      /provider:model/,
    );
  });
});
