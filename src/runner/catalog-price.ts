import type { LanguageModel } from '../core/language-model.js';
import type { PriceCatalog } from '../cost/price-catalog.js';
import type { CallPrice } from './call-price.js';

/**
 * The token prices of a model from the price data (src/cost/prices.json): matched by `provider:model`
 * or by an alias, case-insensitively. Undefined when the model is not listed or has no inference
 * price; the caller then needs `live.prices`.
 */
export function catalogPrice(catalog: PriceCatalog, model: LanguageModel): CallPrice | undefined {
  const id = `${model.providerId}:${model.modelId}`.toLowerCase();
  const bare = model.modelId.toLowerCase();
  const entry = catalog.models.find(
    (candidate) =>
      candidate.id.toLowerCase() === id ||
      candidate.aliases.some((alias) => alias.toLowerCase() === id) ||
      (candidate.id.startsWith(`${model.providerId}:`) &&
        candidate.aliases.some((alias) => alias.toLowerCase() === bare)),
  );
  if (entry?.inference == null) return undefined;
  const { inference } = entry;
  return {
    inputUsdPerMillion: inference.input,
    outputUsdPerMillion: inference.output,
    ...(inference.cachedInput === null ? {} : { cachedInputUsdPerMillion: inference.cachedInput }),
    source: `price table ${catalog.version}: ${entry.id}, ${inference.source} as of ${inference.asOf}`,
  };
}
