import { formatCount, formatUsd } from './format-usd.js';
import type { CachingRule, TokenPrices } from './price-catalog.js';

/** The tokens of one request, split by whether they can be served from a prompt cache. */
export interface RequestTokens {
  /** The static prefix that repeats on every request: system prompt and few-shot examples. */
  cacheable: number;
  /** Tokens that change per request: the user message, retrieved context. */
  uncached: number;
  /** Output tokens. */
  output: number;
}

/** One request, priced. */
export interface RequestCost {
  usd: number;
  /** Tokens billed at the cached price. */
  cachedTokens: number;
  /** The cached-input price used (USD per 1M); equals the input price when there is no discount. */
  cachedPrice: number;
  formula: string;
}

/**
 * The cached-input price of a model: its own figure, else the provider's multiplier (Anthropic
 * 0.1x, Mistral 10%), else no discount.
 */
export function cachedInputPrice(prices: TokenPrices, caching: CachingRule | null): number {
  if (prices.cachedInput !== null) return prices.cachedInput;
  if (caching?.cachedInputMultiplier != null) return prices.input * caching.cachedInputMultiplier;
  return prices.input;
}

/**
 * Cost of one request (research/evidence-cost.md §6.2):
 * `cacheable·p_in_eff + uncached·p_in + output·p_out`, with `p_in_eff = (1−h)·p_in + h·p_cached`,
 * `h` the share of requests whose static prefix is served from cache. Prompts shorter than the
 * provider's caching minimum (OpenAI: 1,024 tokens) are never cached.
 */
export function requestCost(
  tokens: RequestTokens,
  prices: TokenPrices,
  options: { cachedShare: number; caching: CachingRule | null },
): RequestCost {
  const minimum = options.caching?.minimumPromptTokens ?? 0;
  const promptTokens = tokens.cacheable + tokens.uncached;
  const share = promptTokens >= minimum ? options.cachedShare : 0;
  const cachedPrice = cachedInputPrice(prices, options.caching);
  const cachedTokens = tokens.cacheable * share;
  const fullInput = tokens.cacheable * (1 - share) + tokens.uncached;
  const usd = (cachedTokens * cachedPrice + fullInput * prices.input + tokens.output * prices.output) / 1e6;
  const parts = [];
  if (cachedTokens > 0) parts.push(`${formatCount(cachedTokens)} cached × $${round(cachedPrice)}`);
  if (fullInput > 0) parts.push(`${formatCount(fullInput)} input × $${prices.input}`);
  if (tokens.output > 0) parts.push(`${formatCount(tokens.output)} output × $${prices.output}`);
  return {
    usd,
    cachedTokens,
    cachedPrice,
    formula: `(${parts.join(' + ') || '0 tokens'}) / 1M = ${formatUsd(usd)}`,
  };
}

const round = (value: number) => Number(value.toPrecision(4));
