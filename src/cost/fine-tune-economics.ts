import type { CostLine } from '../core/report/cost-question.js';
import type { EconomicsInputs } from './economics-inputs.js';
import { type ResolvedEpochs, resolveEpochs } from './epochs.js';
import { evalRunsCost } from './eval-cost.js';
import type { PricedModel } from './find-model.js';
import { formatCount, formatUsd } from './format-usd.js';
import { gpuHourlyPrice, monthlyServingCost } from './gpu-price.js';
import { gpuTrainingCost, gpuTrainingTime } from './gpu-training-cost.js';
import { labourCost } from './labour-cost.js';
import { missingPriceKeys } from './missing-price-keys.js';
import type { PlatformRisk } from './platform-risk.js';
import { type RequestCost, requestCost } from './request-cost.js';
import { hostedTrainingRunCost, hourlyTrainingRunCost, type TrainingRunCost } from './training-cost.js';

/** Per-request cost today (base model, full prompt) and after fine-tuning (shorter prompt). */
export interface PerRequestCosts {
  prompt: RequestCost;
  fineTuned: RequestCost;
}

/** The share of requests with a cached prefix: configured, else 1 where caching is automatic. */
export function defaultCachedShare(model: PricedModel, configured: number | undefined): number {
  return configured ?? (model.caching?.automatic ? 1 : 0);
}

/** The error for a figure `model` lacks, listing every other figure the same path lacks too. */
function missingPrice(inputs: EconomicsInputs, model: PricedModel, key: string, what: string) {
  return inputs.missingPrice(model.id, key, what, missingPriceKeys(inputs, model, key));
}

/** The cost of one request today, on the base model with the full prompt. */
export function promptRequestCost(inputs: EconomicsInputs): RequestCost {
  const { baseModel, prompt } = inputs;
  const prices = baseModel.prices.inference;
  if (prices === null) throw missingPrice(inputs, baseModel, 'input', 'base-model input and output prices');
  return requestCost(
    {
      cacheable: prompt.systemTokens + prompt.fewShotTokens,
      uncached: prompt.userTokens,
      output: prompt.outputTokens,
    },
    prices,
    { cachedShare: defaultCachedShare(baseModel, prompt.cachedShare), caching: baseModel.caching },
  );
}

/** Both per-request costs (research/evidence-cost.md §6.2: c_prompt and c_ft). */
export function perRequestCosts(inputs: EconomicsInputs): PerRequestCosts {
  const { fineTuneModel, prompt } = inputs;
  const prices = fineTuneModel.prices.fineTuning?.inference ?? null;
  if (prices === null) {
    throw missingPrice(inputs, fineTuneModel, 'fine_tuned_input', 'fine-tuned input and output prices');
  }
  const fineTuned = requestCost(
    { cacheable: prompt.fineTunedSystemTokens, uncached: prompt.userTokens, output: prompt.outputTokens },
    prices,
    { cachedShare: defaultCachedShare(fineTuneModel, prompt.cachedShare), caching: fineTuneModel.caching },
  );
  return { prompt: promptRequestCost(inputs), fineTuned };
}

/** One training run of `model`, priced by how its provider bills. */
export function trainingRunCost(
  inputs: EconomicsInputs,
  model: PricedModel,
  epochs: number,
): TrainingRunCost & { range?: { low: number; high: number } } {
  const training = inputs.training!;
  const fineTuning = model.prices.fineTuning;
  const price = fineTuning?.training ?? null;
  if (fineTuning === null || price === null) {
    throw missingPrice(inputs, model, 'training', 'training price');
  }
  if ('perMillionTokens' in price) {
    return hostedTrainingRunCost({
      tokensPerEpoch: training.tokensPerEpoch,
      epochs,
      perMillionTokens: price.perMillionTokens,
      minimumPerJob: fineTuning.minimumPerJob,
      validationTokens: training.validationTokens,
      validationPasses: training.validationTokens > 0 ? 1 : 0,
    });
  }
  if ('perHour' in price) {
    if (training.hoursPerRun === undefined) {
      throw missingPrice(
        inputs,
        model,
        'training.hours_per_run',
        'hours per training run (training is billed per hour)',
      );
    }
    return hourlyTrainingRunCost({ hours: training.hoursPerRun, perHour: price.perHour });
  }
  const row = inputs.catalog.throughput.find((entry) => entry.id === price.selfHosted.throughput)!;
  const hourly = gpuHourlyPrice(inputs.catalog, price.selfHosted.gpu)!;
  const time = gpuTrainingTime({
    tokensPerEpoch: training.tokensPerEpoch,
    epochs,
    tokensPerSecond: row.tokensPerSecond,
    gpus: price.selfHosted.gpus,
  });
  const gpuPrice = inputs.gpuPricePerHour ?? hourly.median;
  const cost = gpuTrainingCost(time.gpuHours, { ...hourly, median: gpuPrice });
  return {
    billedTokens: training.tokensPerEpoch * epochs,
    usd: cost.value,
    range: { low: cost.low, high: cost.high },
    formula: `${formatCount(training.tokensPerEpoch)} tokens × ${epochs} epochs / ${formatCount(row.tokensPerSecond)} tokens/s (${row.model} ${row.method}, ${row.hardware}) = ${time.gpuHours.toFixed(2)} GPU-h × $${gpuPrice.toFixed(2)}/h (${inputs.gpuPricePerHour === undefined ? `median of ${hourly.offers} ${hourly.gpu} offers, range $${hourly.low}–$${hourly.high}` : 'configured'})`,
  };
}

/** Serving the fine-tuned model besides its tokens, per month. */
export function hostingCost(inputs: EconomicsInputs, model: PricedModel): CostLine {
  if (inputs.hostingPerMonth !== undefined) {
    return {
      label: 'hosting',
      usd: inputs.hostingPerMonth,
      formula: `${formatUsd(inputs.hostingPerMonth)}/month (configured)`,
    };
  }
  const hosting = model.prices.fineTuning?.hosting ?? null;
  if (hosting === null) {
    throw missingPrice(inputs, model, 'hosting_per_month', 'monthly cost of serving the fine-tune');
  }
  if ('usdPerMonth' in hosting) {
    return {
      label: 'hosting',
      usd: hosting.usdPerMonth,
      formula:
        hosting.usdPerMonth === 0
          ? 'serverless: billed per token only'
          : `${formatUsd(hosting.usdPerMonth)}/month`,
    };
  }
  const hourly = gpuHourlyPrice(inputs.catalog, hosting.gpu)!;
  const gpuPrice = inputs.gpuPricePerHour ?? hourly.median;
  const usd = monthlyServingCost(gpuPrice, hosting.gpus, hosting.hoursPerMonth);
  return {
    label: 'hosting',
    usd,
    formula: `${hosting.gpus} × ${hosting.gpu} × $${gpuPrice.toFixed(2)}/h × ${hosting.hoursPerMonth} h (always on; range ${formatUsd(monthlyServingCost(hourly.low, hosting.gpus, hosting.hoursPerMonth))}–${formatUsd(monthlyServingCost(hourly.high, hosting.gpus, hosting.hoursPerMonth))})`,
  };
}

/** The one-off lines of one fine-tuning campaign on `model`: training runs, eval runs, labour. */
export function campaignLines(
  inputs: EconomicsInputs,
  model: PricedModel,
  epochs: number,
  fineTunedPerRequestUsd: number,
  prefix = '',
): { run: ReturnType<typeof trainingRunCost>; lines: CostLine[] } {
  const { iterations } = inputs.training!;
  const run = trainingRunCost(inputs, model, epochs);
  const evals = evalRunsCost({
    runs: iterations * inputs.evalPlan.runsPerIteration,
    items: inputs.evalPlan.items,
    perRequestUsd: fineTunedPerRequestUsd,
  });
  const labour = labourCost(inputs.labour.hours.fine_tune, inputs.labour.hourlyRate);
  return {
    run,
    lines: [
      {
        label: `${prefix}training`,
        usd: run.usd * iterations,
        formula: `${iterations} run(s) × (${run.formula}) = ${iterations} × ${formatUsd(run.usd)}`,
      },
      { label: `${prefix}eval runs`, usd: evals.usd, formula: evals.formula },
      { label: `${prefix}engineering`, usd: labour.usd, formula: labour.formula },
    ],
  };
}

/** The fine-tuning path priced without its value: one-off lines, per-request and monthly costs. */
export interface FineTuneCosts {
  epochs: ResolvedEpochs;
  run: ReturnType<typeof trainingRunCost>;
  perRequest: PerRequestCosts;
  oneOffLines: CostLine[];
  monthlyLines: CostLine[];
  /** null when traffic is unknown. */
  monthlyCostUsd: number | null;
  notes: string[];
}

/**
 * Fine-tuning's costs (research/evidence-cost.md §6.2): `k_iter × training + eval + engineering`
 * (+ data preparation when Q2 says the data is not ready, + a second campaign when the platform
 * retires the fine-tune within the horizon), and the monthly change: the per-request difference
 * times traffic, hosting and storage.
 */
export function fineTuneCosts(
  inputs: EconomicsInputs,
  risk: PlatformRisk,
  dataPreparation: { usd: number; formula: string } | null,
): FineTuneCosts {
  const training = inputs.training!;
  const epochs = resolveEpochs(training.epochs, training.examples);
  const perRequest = perRequestCosts(inputs);
  const campaign = campaignLines(inputs, inputs.fineTuneModel, epochs.epochs, perRequest.fineTuned.usd);
  const oneOffLines = [...campaign.lines];
  const notes: string[] = [];
  if (epochs.basis !== 'configured' && inputs.fineTuneModel.provider !== 'openai') {
    notes.push(
      `epochs follow OpenAI's auto rule as a stand-in for ${inputs.fineTuneModel.provider}'s default`,
    );
  }
  if (dataPreparation !== null) {
    oneOffLines.push({
      label: 'data preparation',
      usd: dataPreparation.usd,
      formula: dataPreparation.formula,
    });
  }
  if (risk.fineTuneRetires !== null) {
    const target = inputs.migrationModel ?? inputs.fineTuneModel;
    const migrationPerRequest =
      target === inputs.fineTuneModel
        ? perRequest.fineTuned.usd
        : perRequestCosts({ ...inputs, fineTuneModel: target }).fineTuned.usd;
    const migration = campaignLines(inputs, target, epochs.epochs, migrationPerRequest, 'migration ');
    const usd = migration.lines.reduce((sum, line) => sum + line.usd, 0);
    oneOffLines.push({
      label: 'forced migration',
      usd,
      formula: `the fine-tune stops serving on ${risk.fineTuneRetires}: one more campaign ${
        target === inputs.fineTuneModel
          ? `priced like this one (a proxy: set economics.migration_model to price the replacement)`
          : `on ${target.id}`
      } = ${migration.lines.map((line) => formatUsd(line.usd)).join(' + ')}`,
    });
  }
  const hosting = hostingCost(inputs, inputs.fineTuneModel);
  const storage = inputs.fineTuneModel.prices.fineTuning?.storagePerMonth ?? 0;
  const monthlyLines: CostLine[] = [];
  const extra = perRequest.fineTuned.usd - perRequest.prompt.usd;
  if (inputs.requestsPerMonth !== undefined) {
    monthlyLines.push({
      label: 'inference change',
      usd: extra * inputs.requestsPerMonth,
      formula: `(${formatUsd(perRequest.fineTuned.usd)} − ${formatUsd(perRequest.prompt.usd)}) × ${formatCount(inputs.requestsPerMonth)} requests`,
    });
  }
  monthlyLines.push(hosting);
  if (storage > 0)
    monthlyLines.push({ label: 'storage', usd: storage, formula: `${formatUsd(storage)}/month per model` });
  const monthlyCostUsd =
    inputs.requestsPerMonth === undefined ? null : monthlyLines.reduce((sum, line) => sum + line.usd, 0);
  return { epochs, run: campaign.run, perRequest, oneOffLines, monthlyLines, monthlyCostUsd, notes };
}
