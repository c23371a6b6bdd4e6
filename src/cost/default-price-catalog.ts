import { parsePriceCatalog } from './parse-price-catalog.js';
import type { PriceCatalog } from './price-catalog.js';
import prices from './prices.json' with { type: 'json' };

let cached: PriceCatalog | undefined;

/** Where the shipped price data lives, for messages. */
export const defaultPricesShownAs = 'src/cost/prices.json';

/**
 * The price data shipped with fixfirst, validated on first use. The JSON is imported as a module
 * (tsc copies it next to the compiled code), so it works from `dist/` and from an installed
 * package without touching the filesystem.
 */
export function defaultPriceCatalog(): PriceCatalog {
  cached ??= parsePriceCatalog(prices as unknown, defaultPricesShownAs);
  return cached;
}
