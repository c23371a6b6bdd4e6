import type { EconomicsConfig } from '../core/config-economics.js';
import type { ErrorCode, SourceLocation } from '../core/errors.js';
import type { Assumption } from '../core/report/cost-question.js';
import { economicsDefaults } from './economics-defaults.js';
import type { EconomicsInputs, MissingPrice, TrainingPlan } from './economics-inputs.js';
import { findModel, lookupModel, type PricedModel, providerOf } from './find-model.js';
import { formatCount } from './format-usd.js';
import { chooseFineTuneLift, type Interval, type LiftEvidence } from './lift-evidence.js';
import type { PriceCatalog } from './price-catalog.js';
import { applyPriceOverrides, type PriceOverride } from './price-overrides.js';

/** A figure measured on the project, with how. */
export interface Measured {
  value: number;
  /** e.g. "mean over 300 eval inputs (o200k_base)". */
  how: string;
}

/** What the project (or the command line) measured, to fill what the config leaves unset. */
export interface MeasuredSizes {
  systemTokens?: Measured;
  userTokens?: Measured;
  outputTokens?: Measured;
  /** Training tokens per epoch and examples, from the data audit or counted here. */
  training?: { tokens: number; examples: number | undefined; how: string };
  evalItems?: number;
  /** Training rows the data audit flagged as errors (candidates for relabelling). */
  flaggedRows?: Measured;
}

/**
 * Token prices Q3 may use for a model the price data (and `economics.prices`) does not list: the
 * `live.prices` the user gave for the task model, or $0 for a model on a local server. Each one
 * used is listed as an assumption.
 */
export interface FallbackPrice {
  /** `provider:model` as the user wrote it. */
  modelId: string;
  /** USD per 1M tokens. */
  input: number;
  cachedInput?: number | undefined;
  output: number;
  /** Title of the price source, e.g. "live.prices in fixfirst.yaml". */
  source: string;
  /** Where the source lives (a file, or a description). */
  where: string;
  evidence: 'configured' | 'derived';
  /** The assumption the report lists when this price is used. */
  note: string;
}

/** Everything besides the `economics:` section that Q3 needs. */
export interface ResolveContext {
  catalog: PriceCatalog;
  pricesFile: string;
  today: string;
  /** The top-level `model:` of fixfirst.yaml, the default for `economics.model`. */
  topLevelModel: string | undefined;
  measured: MeasuredSizes;
  /** Why there is no training-set size, when there is none. */
  trainingMissing: string;
  lifts: { bound?: Interval; fixPrompt?: LiftEvidence; fixFoundation?: LiftEvidence };
  data: EconomicsInputs['data'];
  /** Error code for user mistakes: CONFIG_INVALID (fixfirst.yaml) or USAGE (flags). */
  code: ErrorCode;
  /** Where a config key lives, by its path (['economics', 'prices', id]): a YAML line, or a flag. */
  location(path: readonly string[]): SourceLocation;
  missingPrice: MissingPrice;
  /** What a missing price does (see EconomicsInputs). */
  onMissingPrice: EconomicsInputs['onMissingPrice'];
  /** How to name a config key to the user (see EconomicsInputs.keyName); default: the key itself. */
  keyName?: (key: string) => string;
  /** How to give explicit prices for a model the data does not know (a config key, or flags). */
  pricesHint: string;
  /** Prices for models the price data lacks (see FallbackPrice); economics.prices beats them. */
  fallbackPrices?: readonly FallbackPrice[];
}

/** Adds the fallback prices of models the catalog still lacks, as sourced entries; returns those used. */
function withFallbackPrices(
  catalog: PriceCatalog,
  fallbacks: readonly FallbackPrice[],
  today: string,
): { catalog: PriceCatalog; used: FallbackPrice[] } {
  const used = fallbacks.filter((fallback) => lookupModel(catalog, fallback.modelId) === undefined);
  if (used.length === 0) return { catalog, used };
  const models = [...catalog.models];
  const providers = [...catalog.providers];
  const sources = { ...catalog.sources };
  for (const fallback of used) {
    const id = fallback.modelId.toLowerCase();
    const sourceId = `fallback:${id}`;
    sources[sourceId] = {
      title: fallback.source,
      url: fallback.where,
      read: today,
      evidence: fallback.evidence,
    };
    models.push({
      id,
      aliases: [],
      inference: {
        input: fallback.input,
        cachedInput: fallback.cachedInput ?? null,
        output: fallback.output,
        source: sourceId,
        asOf: today,
      },
      fineTuning: null,
    });
    const provider = providerOf(id);
    if (!providers.some((entry) => entry.id === provider))
      providers.push({ id: provider, name: provider, caching: null });
  }
  return { catalog: { ...catalog, models, providers, sources }, used };
}

/** Why Q3 cannot price the top-level `model:` (a live-mode model the price data does not list). */
function unpricedModelReason(name: string): string {
  return (
    `the price data has no prices for "${name}" (the top-level \`model:\`): give them under ` +
    `economics.prices."${name}" (input and output; to fine-tune it also training, fine_tuned_input, ` +
    `fine_tuned_output and hosting_per_month, 0 for serverless) or live.prices, or set economics.model ` +
    `to a model the price data lists (fixfirst cost --list-models)`
  );
}

/** Converts the snake_case `economics.prices` entries to the domain's price overrides. */
export function toPriceOverrides(prices: EconomicsConfig['prices']): Record<string, PriceOverride> {
  const overrides: Record<string, PriceOverride> = {};
  for (const [id, entry] of Object.entries(prices ?? {})) {
    overrides[id] = {
      input: entry.input,
      cachedInput: entry.cached_input,
      output: entry.output,
      training: entry.training,
      fineTunedInput: entry.fine_tuned_input,
      fineTunedCachedInput: entry.fine_tuned_cached_input,
      fineTunedOutput: entry.fine_tuned_output,
      hostingPerMonth: entry.hosting_per_month,
      minimumPerJob: entry.minimum_per_job,
      storagePerMonth: entry.storage_per_month,
    };
  }
  return overrides;
}

/**
 * Resolves the `economics:` section against the price data and the project's measurements into
 * the inputs of `assessEconomics`. Every figure not set by the user — a default, a measurement,
 * OpenAI's epoch rule — is recorded as an assumption so the report can list it. Returns a reason
 * instead when no model is known.
 */
export function resolveEconomicsInputs(
  config: EconomicsConfig,
  context: ResolveContext,
): EconomicsInputs | { notAssessed: string } {
  const assumptions: Assumption[] = [];
  const notes: string[] = [];
  const pick = <T extends number | string>(
    key: string,
    configured: T | undefined,
    fallback: { value: T; note: string; basis?: Assumption['basis'] },
  ): T => {
    if (configured !== undefined) return configured;
    assumptions.push({
      key,
      value: String(fallback.value),
      basis: fallback.basis ?? 'default',
      note: fallback.note,
    });
    return fallback.value;
  };
  const baseName = config.model ?? context.topLevelModel;
  if (baseName === undefined) {
    return {
      notAssessed:
        'no model to price: set economics.model (the model serving today, e.g. openai:gpt-4.1-mini) or the top-level `model:`',
    };
  }
  const configured = applyPriceOverrides(context.catalog, toPriceOverrides(config.prices), {
    today: context.today,
    shownAs: context.location(['economics', 'prices']).file ?? 'economics.prices',
    code: context.code,
    location: (id) => context.location(['economics', 'prices', id]),
  });
  const { catalog, used } = withFallbackPrices(configured, context.fallbackPrices ?? [], context.today);
  for (const fallback of used) {
    assumptions.push({
      key: `prices."${fallback.modelId}"`,
      value: `$${fallback.input} in / $${fallback.output} out per 1M tokens`,
      basis: fallback.evidence === 'configured' ? 'configured' : 'default',
      note: fallback.note,
    });
  }
  // The top-level `model:` is a live-mode setting: a provider the price data does not list is
  // valid there, so Q3 is not assessed (with how to price it) rather than the diagnosis failing.
  if (
    config.model === undefined &&
    context.onMissingPrice === 'not_assessed' &&
    lookupModel(catalog, baseName) === undefined
  ) {
    return { notAssessed: unpricedModelReason(baseName) };
  }
  const resolve = (path: readonly string[], name: string): PricedModel =>
    findModel(catalog, name, {
      code: context.code,
      location: context.location(path),
      pricesHint: context.pricesHint,
    });
  const baseModel = resolve(config.model === undefined ? ['model'] : ['economics', 'model'], baseName);
  if (config.model === undefined) {
    assumptions.push({
      key: 'model',
      value: baseModel.id,
      basis: 'configured',
      note: 'the top-level `model:`',
    });
  }
  const fineTuneModel =
    config.fine_tune_model === undefined
      ? baseModel
      : resolve(['economics', 'fine_tune_model'], config.fine_tune_model);
  if (config.fine_tune_model === undefined) {
    assumptions.push({
      key: 'fine_tune_model',
      value: fineTuneModel.id,
      basis: 'default',
      note: 'the model serving today is the one fine-tuned',
    });
  }
  const migrationModel =
    config.migration_model === undefined
      ? undefined
      : resolve(['economics', 'migration_model'], config.migration_model);

  const measured = context.measured;
  const fromMeasure = (
    key: string,
    configured: number | undefined,
    measure: Measured | undefined,
    zero: string,
  ) =>
    pick(
      key,
      configured,
      measure === undefined
        ? { value: 0, note: zero }
        : { value: measure.value, note: measure.how, basis: 'measured' },
    );
  const prompt = config.prompt ?? {};
  const systemTokens = fromMeasure(
    'prompt.system_tokens',
    prompt.system_tokens,
    measured.systemTokens,
    'no system prompt known (prompt.system unset)',
  );
  const training = config.training ?? {};
  const trainingTokens = training.tokens ?? measured.training?.tokens;
  let plan: TrainingPlan | undefined;
  if (trainingTokens !== undefined) {
    if (training.tokens === undefined) {
      assumptions.push({
        key: 'training.tokens',
        value: formatCount(trainingTokens),
        basis: 'counted',
        note: measured.training!.how,
      });
    }
    const examples = training.examples ?? measured.training?.examples;
    plan = {
      tokensPerEpoch: trainingTokens,
      tokensSource: training.tokens === undefined ? measured.training!.how : 'economics.training.tokens',
      examples,
      epochs: pick('training.epochs', training.epochs, {
        value: 'auto' as const,
        note: "OpenAI's default epoch rule on the example count",
        basis: 'rule',
      }),
      iterations: pick('training.iterations', training.iterations, economicsDefaults.iterations),
      hoursPerRun: training.hours_per_run,
      validationTokens: training.validation_tokens ?? 0,
    };
  }
  const evalConfig = config.eval ?? {};
  const labour = config.labour ?? {};
  const hours = labour.hours ?? {};
  const defaults = economicsDefaults;
  const fineTuneLift = chooseFineTuneLift({
    prior: config.fine_tune_lift,
    bound: context.lifts.bound,
  });
  notes.push(...fineTuneLift.notes);

  const inputs: EconomicsInputs = {
    catalog,
    pricesFile: context.pricesFile,
    today: context.today,
    baseModel,
    fineTuneModel,
    migrationModel,
    requestsPerMonth: config.requests_per_month,
    valuePerPointPerMonth: config.value_per_point_per_month,
    horizonMonths: pick('horizon_months', config.horizon_months, defaults.horizonMonths),
    prompt: {
      systemTokens,
      fewShotTokens: pick('prompt.few_shot_tokens', prompt.few_shot_tokens, defaults.fewShotTokens),
      userTokens: fromMeasure(
        'prompt.user_tokens',
        prompt.user_tokens,
        measured.userTokens,
        'unknown: set economics.prompt.user_tokens',
      ),
      outputTokens: fromMeasure(
        'prompt.output_tokens',
        prompt.output_tokens,
        measured.outputTokens,
        'unknown: set economics.prompt.output_tokens',
      ),
      fineTunedSystemTokens: pick('prompt.fine_tuned_system_tokens', prompt.fine_tuned_system_tokens, {
        value: systemTokens,
        note: 'the fine-tune keeps the system prompt and drops the few-shot examples',
      }),
      cachedShare: prompt.cached_share,
      fixExtraTokens: pick('prompt.fix_extra_tokens', prompt.fix_extra_tokens, defaults.fixExtraTokens),
    },
    training: plan,
    trainingMissing: context.trainingMissing,
    evalPlan: {
      items: pick(
        'eval.items',
        evalConfig.items,
        measured.evalItems === undefined
          ? { value: 0, note: 'unknown: set economics.eval.items' }
          : { value: measured.evalItems, note: 'the eval-set size', basis: 'measured' },
      ),
      runsPerIteration: pick(
        'eval.runs_per_iteration',
        evalConfig.runs_per_iteration,
        defaults.runsPerIteration,
      ),
      runsPerFix: pick('eval.runs_per_fix', evalConfig.runs_per_fix, defaults.runsPerFix),
    },
    labour: {
      hourlyRate: pick('labour.hourly_rate', labour.hourly_rate, defaults.hourlyRate),
      labellingHourlyRate: pick(
        'labour.labelling_hourly_rate',
        labour.labelling_hourly_rate,
        defaults.labellingHourlyRate,
      ),
      minutesPerExample: pick(
        'labour.minutes_per_example',
        labour.minutes_per_example,
        defaults.minutesPerExample,
      ),
      qaRework: pick('labour.qa_rework', labour.qa_rework, defaults.qaRework),
      examplesToLabel: fromMeasure(
        'labour.examples_to_label',
        labour.examples_to_label,
        measured.flaggedRows,
        'no rows flagged by a data audit',
      ),
      examplesToLabelSource:
        labour.examples_to_label !== undefined
          ? `${labour.examples_to_label} examples to relabel (configured)`
          : (measured.flaggedRows?.how ?? 'no rows to relabel known'),
      hours: {
        fix_prompt: pick('labour.hours.fix_prompt', hours.fix_prompt, defaults.hours.fix_prompt),
        fix_foundation: pick(
          'labour.hours.fix_foundation',
          hours.fix_foundation,
          defaults.hours.fix_foundation,
        ),
        fix_data: pick('labour.hours.fix_data', hours.fix_data, defaults.hours.fix_data),
        fine_tune: pick('labour.hours.fine_tune', hours.fine_tune, defaults.hours.fine_tune),
      },
    },
    lifts: {
      fineTune: fineTuneLift.lift,
      fixPrompt: context.lifts.fixPrompt,
      fixFoundation: context.lifts.fixFoundation,
    },
    data: context.data,
    hostingPerMonth: config.hosting_per_month,
    gpuPricePerHour: config.self_hosted?.gpu_price_per_hour,
    missingPrice: context.missingPrice,
    onMissingPrice: context.onMissingPrice,
    keyName: context.keyName ?? ((key) => key),
    assumptions,
    notes,
  };
  if (prompt.cached_share === undefined) {
    assumptions.push({
      key: 'prompt.cached_share',
      value: baseModel.caching?.automatic ? '1' : '0',
      basis: 'default',
      note: baseModel.caching?.automatic
        ? `${baseModel.provider} caches automatically (prompts ≥ ${baseModel.caching.minimumPromptTokens ?? 0} tokens): every request's static prefix assumed cached`
        : `${baseModel.provider} does not cache automatically: no cached prefix assumed`,
    });
  }
  return inputs;
}
