import { type ErrorCode, FixfirstError, type SourceLocation } from '../core/errors.js';
import { editDistance } from '../core/suggest.js';
import type { CachingRule, ModelPrices, PriceCatalog } from './price-catalog.js';

/** A model found in the price data, with its provider's caching rule. */
export interface PricedModel {
  /** Canonical id, `provider:model`. */
  id: string;
  /** The name as the user wrote it. */
  requested: string;
  provider: string;
  prices: ModelPrices;
  caching: CachingRule | null;
}

/** The provider part of `provider:model` (empty when there is none). */
export function providerOf(id: string): string {
  const colon = id.indexOf(':');
  return colon < 0 ? '' : id.slice(0, colon);
}

/**
 * Finds a model by id (`openai:gpt-4.1-mini`), alias (`gpt-4.1-mini-2025-04-14`) or bare name
 * (`gpt-4.1-mini`), case-insensitively. An unknown name throws with the nearest known name and the
 * whole list, and says how to give explicit prices instead.
 */
export function findModel(
  catalog: PriceCatalog,
  name: string,
  where: { code: ErrorCode; location: SourceLocation; pricesHint: string },
): PricedModel {
  const found = lookupModel(catalog, name);
  if (found === undefined) {
    const wanted = name.trim().toLowerCase();
    const known = catalog.models.map((model) => model.id);
    const nearest = nearestModel(wanted, [...known, ...catalog.models.flatMap((model) => model.aliases)]);
    throw new FixfirstError(
      where.code,
      `unknown model "${name}" in the price data.${nearest === undefined ? '' : ` Did you mean "${nearest}"?`} Known: ${known.join(', ')}`,
      { location: where.location, hint: where.pricesHint },
    );
  }
  return found;
}

/** `findModel` without the error: undefined when the price data does not know the name. */
export function lookupModel(catalog: PriceCatalog, name: string): PricedModel | undefined {
  const wanted = name.trim().toLowerCase();
  const bare = wanted.includes(':') ? undefined : wanted;
  const match = catalog.models.find(
    (model) =>
      model.id.toLowerCase() === wanted ||
      model.aliases.some((alias) => alias.toLowerCase() === wanted) ||
      (bare !== undefined && model.id.slice(model.id.indexOf(':') + 1).toLowerCase() === bare),
  );
  if (match === undefined) return undefined;
  const provider = providerOf(match.id);
  return {
    id: match.id,
    requested: name,
    provider,
    prices: match,
    caching: catalog.providers.find((entry) => entry.id === provider)?.caching ?? null,
  };
}

/**
 * The known name with the smallest edit distance (not the shared containment rule, which would
 * offer `gpt-4.1` for `gpt-4.1-mni`); undefined when nothing is within a third of the length.
 */
function nearestModel(wanted: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of known) {
    const distance = editDistance(wanted, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return bestDistance <= Math.max(2, Math.floor(wanted.length / 3)) ? best : undefined;
}
