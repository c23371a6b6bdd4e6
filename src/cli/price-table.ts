import type { LanguageModel } from '../core/language-model.js';
import type { CallPrice } from '../runner/call-price.js';

/** The bundled price data as a model → price lookup, imported only by the live commands. */
export async function loadPriceTable(): Promise<(model: LanguageModel) => CallPrice | undefined> {
  const [{ defaultPriceCatalog }, { catalogPrice }] = await Promise.all([
    import('../cost/default-price-catalog.js'),
    import('../runner/catalog-price.js'),
  ]);
  const catalog = defaultPriceCatalog();
  return (model) => catalogPrice(catalog, model);
}
