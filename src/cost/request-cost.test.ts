import { describe, expect, it } from 'vitest';
import type { CachingRule, TokenPrices } from './price-catalog.js';
import { cachedInputPrice, requestCost } from './request-cost.js';

const openAiCaching: CachingRule = {
  automatic: true,
  minimumPromptTokens: 1024,
  cachedInputMultiplier: null,
  source: 'openai-prompt-caching',
};
const gpt41Mini: TokenPrices = { input: 0.4, cachedInput: 0.1, output: 1.6 };
const gpt41MiniFineTuned: TokenPrices = { input: 0.8, cachedInput: 0.2, output: 3.2 };
const gpt41: TokenPrices = { input: 2, cachedInput: 0.5, output: 8 };
// evidence-cost.md §6.2: base prompt 500 tokens, 20 shots × 100 = 2,000 tokens of examples, 200 output tokens.
const fewShot = { cacheable: 2000, uncached: 500, output: 200 };

describe('requestCost: the worked example of evidence-cost.md §6.2 (gpt-4.1-mini)', () => {
  it('few-shot, uncached: $0.00132', () => {
    const cost = requestCost(fewShot, gpt41Mini, { cachedShare: 0, caching: openAiCaching });
    expect(cost.usd).toBeCloseTo(0.00132, 12);
  });
  it('few-shot, prefix cached: $0.00072', () => {
    const cost = requestCost(fewShot, gpt41Mini, { cachedShare: 1, caching: openAiCaching });
    expect(cost.usd).toBeCloseTo(0.00072, 12);
    expect(cost.cachedTokens).toBe(2000);
  });
  it('fine-tuned, 500-token prompt: $0.00104 — dearer than the cached few-shot prompt', () => {
    const cost = requestCost({ cacheable: 0, uncached: 500, output: 200 }, gpt41MiniFineTuned, {
      cachedShare: 1,
      caching: openAiCaching,
    });
    expect(cost.usd).toBeCloseTo(0.00104, 12);
    expect(cost.usd).toBeGreaterThan(0.00072);
  });
  it('few-shot gpt-4.1 with caching: $0.0036, so a fine-tuned 4.1-mini saves $0.00256 per request', () => {
    const cost = requestCost(fewShot, gpt41, { cachedShare: 1, caching: openAiCaching });
    expect(cost.usd).toBeCloseTo(0.0036, 12);
    expect(cost.usd - 0.00104).toBeCloseTo(0.00256, 12);
  });
  it('a half-cached prefix pays the blended input price: 2,000 × (0.5 × 0.40 + 0.5 × 0.10)', () => {
    const cost = requestCost(fewShot, gpt41Mini, { cachedShare: 0.5, caching: openAiCaching });
    expect(cost.usd).toBeCloseTo((2000 * 0.25 + 500 * 0.4 + 200 * 1.6) / 1e6, 12);
  });
  it('never caches a prompt below the provider minimum (1,024 tokens for OpenAI)', () => {
    const cost = requestCost({ cacheable: 600, uncached: 400, output: 0 }, gpt41Mini, {
      cachedShare: 1,
      caching: openAiCaching,
    });
    expect(cost.cachedTokens).toBe(0);
    expect(cost.usd).toBeCloseTo((1000 * 0.4) / 1e6, 12);
  });
});

describe('cachedInputPrice', () => {
  it("uses the model's own cached price", () => {
    expect(cachedInputPrice(gpt41Mini, openAiCaching)).toBe(0.1);
  });
  it("falls back to the provider's multiplier (Anthropic cache reads 0.1x)", () => {
    const rule: CachingRule = {
      automatic: false,
      minimumPromptTokens: null,
      cachedInputMultiplier: 0.1,
      source: 'x',
    };
    expect(cachedInputPrice({ input: 3, cachedInput: null, output: 15 }, rule)).toBeCloseTo(0.3, 12);
  });
  it('gives no discount when nothing is known', () => {
    expect(cachedInputPrice({ input: 3, cachedInput: null, output: 15 }, null)).toBe(3);
  });
});
