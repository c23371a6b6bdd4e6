import { type ErrorCode, FixfirstError, type SourceLocation } from '../core/errors.js';
import type { ModelPrices, PriceCatalog, TokenPrices } from './price-catalog.js';

/** Explicit prices for one model (USD per 1M tokens unless named otherwise). Every field optional. */
export interface PriceOverride {
  /** Base-model input. */
  input?: number;
  /** Base-model cached input. */
  cachedInput?: number;
  /** Base-model output. */
  output?: number;
  /** Training, per 1M billed tokens (tokens x epochs). */
  training?: number;
  /** Fine-tuned model input. */
  fineTunedInput?: number;
  /** Fine-tuned model cached input. */
  fineTunedCachedInput?: number;
  /** Fine-tuned model output. */
  fineTunedOutput?: number;
  /** Serving the fine-tuned model besides its tokens, USD per month (0 = serverless). */
  hostingPerMonth?: number;
  /** Minimum charge per training job, USD. */
  minimumPerJob?: number;
  /** Storage per fine-tuned model, USD per month. */
  storagePerMonth?: number;
}

/** The id of the source entry that labels figures the user configured. */
export const configuredSourceId = 'configured';

function tokenPrices(
  existing: TokenPrices | null,
  input: number | undefined,
  cachedInput: number | undefined,
  output: number | undefined,
  fail: (field: string) => never,
): TokenPrices | null {
  if (input === undefined && cachedInput === undefined && output === undefined) return existing;
  const merged = {
    input: input ?? existing?.input,
    cachedInput: cachedInput ?? existing?.cachedInput ?? null,
    output: output ?? existing?.output,
  };
  if (merged.input === undefined) return fail('input');
  if (merged.output === undefined) return fail('output');
  return { input: merged.input, cachedInput: merged.cachedInput, output: merged.output };
}

/**
 * Returns a copy of the price data with the user's explicit prices applied: a known model's
 * figures are replaced field by field; an unknown `provider:model` becomes a new entry. Applied
 * figures are labelled `configured`, dated `today`.
 */
export function applyPriceOverrides(
  catalog: PriceCatalog,
  overrides: Record<string, PriceOverride>,
  options: { today: string; shownAs: string; code: ErrorCode; location: (id: string) => SourceLocation },
): PriceCatalog {
  const entries = Object.entries(overrides);
  if (entries.length === 0) return catalog;
  const models = [...catalog.models];
  const providers = [...catalog.providers];
  for (const [id, override] of entries) {
    const index = models.findIndex(
      (model) =>
        model.id.toLowerCase() === id.toLowerCase() ||
        model.aliases.some((alias) => alias.toLowerCase() === id.toLowerCase()),
    );
    if (index < 0 && !/^[a-z0-9-]+:\S+$/.test(id)) {
      throw new FixfirstError(
        options.code,
        `"${id}" is not in the price data and is not a provider:model id`,
        {
          location: options.location(id),
          hint: 'name a new model as provider:model (e.g. anthropic:claude-haiku-4-5) and give its input and output prices',
        },
      );
    }
    const existing: ModelPrices | undefined = index < 0 ? undefined : models[index];
    const fail = (scope: string) => (field: string) => {
      throw new FixfirstError(options.code, `${scope} price "${field}" missing for ${id}`, {
        location: options.location(id),
        hint: `the price data has no ${scope} prices for ${id}: give both input and output (USD per 1M tokens)`,
      });
    };
    const base = tokenPrices(
      existing?.inference ?? null,
      override.input,
      override.cachedInput,
      override.output,
      fail('base-model'),
    );
    const baseChanged =
      override.input !== undefined || override.cachedInput !== undefined || override.output !== undefined;
    const fineTunedInference = tokenPrices(
      existing?.fineTuning?.inference ?? null,
      override.fineTunedInput,
      override.fineTunedCachedInput,
      override.fineTunedOutput,
      (field) => fail('fine-tuned')(`fine_tuned_${field}`),
    );
    const fineTuningTouched =
      override.training !== undefined ||
      override.fineTunedInput !== undefined ||
      override.fineTunedCachedInput !== undefined ||
      override.fineTunedOutput !== undefined ||
      override.hostingPerMonth !== undefined ||
      override.minimumPerJob !== undefined ||
      override.storagePerMonth !== undefined;
    const previous = existing?.fineTuning ?? null;
    const fineTuning = fineTuningTouched
      ? {
          training:
            override.training === undefined
              ? (previous?.training ?? null)
              : { perMillionTokens: override.training },
          inference: fineTunedInference,
          hosting:
            override.hostingPerMonth === undefined
              ? (previous?.hosting ?? null)
              : { usdPerMonth: override.hostingPerMonth },
          minimumPerJob: override.minimumPerJob ?? previous?.minimumPerJob ?? 0,
          storagePerMonth: override.storagePerMonth ?? previous?.storagePerMonth ?? 0,
          source: configuredSourceId,
          asOf: options.today,
          note: previous ? `Configured over ${previous.source} (${previous.asOf}).` : undefined,
        }
      : previous;
    const model: ModelPrices = {
      id: existing?.id ?? id.toLowerCase(),
      aliases: existing?.aliases ?? [],
      parametersBillion: existing?.parametersBillion,
      inference:
        baseChanged && base
          ? { ...base, source: configuredSourceId, asOf: options.today }
          : (existing?.inference ?? null),
      fineTuning,
      note: existing?.note,
    };
    if (index < 0) models.push(model);
    else models[index] = model;
    const provider = model.id.slice(0, model.id.indexOf(':'));
    if (!providers.some((entry) => entry.id === provider))
      providers.push({ id: provider, name: provider, caching: null });
  }
  return {
    ...catalog,
    sources: {
      ...catalog.sources,
      [configuredSourceId]: {
        title: 'Prices configured by the user',
        url: options.shownAs,
        read: options.today,
        evidence: 'configured',
      },
    },
    providers,
    models,
  };
}
