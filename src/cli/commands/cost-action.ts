import { resolve } from 'node:path';
import { createColors } from 'picocolors';
import { configError, usageError } from '../../core/errors.js';
import { assessEconomics } from '../../cost/assess-economics.js';
import { defaultPriceCatalog, defaultPricesShownAs } from '../../cost/default-price-catalog.js';
import { formatUsd } from '../../cost/format-usd.js';
import { isFineTuneKey, missingKeysInWords } from '../../cost/missing-price-keys.js';
import { parsePriceCatalog } from '../../cost/parse-price-catalog.js';
import { assessPlatformRisk } from '../../cost/platform-risk.js';
import type { PriceCatalog } from '../../cost/price-catalog.js';
import { type MeasuredSizes, resolveEconomicsInputs } from '../../cost/resolve-economics-inputs.js';
import { countTrainingTokens } from '../../cost/training-tokens.js';
import { readTextFile } from '../../loaders/read-text.js';
import { readTrainingRecords, trainingFileFormats } from '../../loaders/training-records.js';
import { costLines } from '../../reporters/cost-lines.js';
import { statusLabels } from '../../reporters/format.js';
import { loadTokenCounter } from '../../tokenizer/load-token-counter.js';
import type { CliIo } from '../cli-io.js';
import { parseToday } from '../parse-today.js';
import type { CostOptions } from './cost.js';

import { allPriceFlagsHint, economicsFromFlags, flagNames, priceFlagOf } from './cost-flags.js';

function loadCatalog(options: CostOptions): { catalog: PriceCatalog; shownAs: string } {
  if (options.prices === undefined) return { catalog: defaultPriceCatalog(), shownAs: defaultPricesShownAs };
  const text = readTextFile(resolve(options.prices), options.prices);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw configError(
      `not valid JSON (${(error as Error).message})`,
      { file: options.prices },
      'fix the price file',
    );
  }
  return { catalog: parsePriceCatalog(raw, options.prices), shownAs: options.prices };
}

/** `--list-models`: every model with its prices, the date of each and its platform status today. */
function listModels(catalog: PriceCatalog, today: string, json: boolean): string {
  const rows = catalog.models.map((model) => {
    const risk = assessPlatformRisk({
      catalog,
      fineTuneModel: { id: model.id, provider: model.id.split(':')[0]! },
      baseModel: undefined,
      today,
      horizonMonths: 12,
    });
    const status =
      risk.closed !== null
        ? 'fine-tuning closed'
        : risk.fineTuneRetires !== null
          ? `fine-tunes retire ${risk.fineTuneRetires}`
          : 'open';
    return { model, status };
  });
  if (json) {
    return `${JSON.stringify({ version: catalog.version, today, models: rows.map((row) => ({ ...row.model, status: row.status })), events: catalog.events, gpuOffers: catalog.gpuOffers, throughput: catalog.throughput, sources: catalog.sources }, null, 2)}\n`;
  }
  const price = (value: number | null | undefined) =>
    value === null || value === undefined ? '–' : `$${value}`;
  const lines = [
    `Price data ${catalog.version} (USD per 1M tokens) · platform status as of ${today}`,
    '',
    `${'model'.padEnd(32)} ${'in / cached / out'.padEnd(24)} ${'training'.padEnd(18)} ${'fine-tuned in / out'.padEnd(20)} ${'status'.padEnd(28)} source, date`,
  ];
  for (const { model, status } of rows) {
    const base = model.inference
      ? `${price(model.inference.input)} / ${price(model.inference.cachedInput)} / ${price(model.inference.output)}`
      : '–';
    const training = model.fineTuning?.training;
    const trainingText =
      training === undefined || training === null
        ? '–'
        : 'perMillionTokens' in training
          ? `$${training.perMillionTokens}/1M`
          : 'perHour' in training
            ? `$${training.perHour}/hour`
            : `GPU (${training.selfHosted.gpus}× ${training.selfHosted.gpu})`;
    const tuned = model.fineTuning?.inference
      ? `${price(model.fineTuning.inference.input)} / ${price(model.fineTuning.inference.output)}`
      : '–';
    const sourced = model.fineTuning ?? model.inference;
    lines.push(
      `${model.id.padEnd(32)} ${base.padEnd(24)} ${trainingText.padEnd(18)} ${tuned.padEnd(20)} ${status.padEnd(28)} ${sourced ? `${sourced.source}, ${sourced.asOf}` : ''}`,
    );
  }
  lines.push(
    '',
    `Sources: \`fixfirst cost --list-models --json\`, or README "Economics". A model not listed: pass its prices: ${allPriceFlagsHint}.`,
  );
  return `${lines.join('\n')}\n`;
}

/** Runs `fixfirst cost`. */
export async function runCost(options: CostOptions, io: CliIo): Promise<void> {
  const today = parseToday(options.today, io.now).toISOString().slice(0, 10);
  const { catalog, shownAs } = loadCatalog(options);
  if (options.listModels) {
    io.stdout(listModels(catalog, today, options.json === true));
    return;
  }
  if (options.model === undefined) {
    throw usageError(
      '--model is required',
      'name the model serving today, e.g. --model openai:gpt-4.1-mini (see --list-models)',
    );
  }
  if (options.train !== undefined && options.trainingTokens !== undefined) {
    throw usageError('give --train or --training-tokens, not both', 'drop one of them');
  }
  const economics = economicsFromFlags(options, options.model);
  const measured: MeasuredSizes = {};
  if (options.train !== undefined) {
    const read = await readTrainingRecords(resolve(options.train), options.train, options.trainFormat, {
      path: 'check the --train path: a training file (JSONL, JSON, CSV or Parquet)',
      format: `pass --train-format with one of ${trainingFileFormats.join(', ')} (or rename the file)`,
    });
    if (read.records.length === 0)
      throw usageError(`${options.train} has no readable rows`, 'check the file');
    const { count, encoding } = await loadTokenCounter();
    const counted = countTrainingTokens(read.records, count, { encoding });
    measured.training = {
      tokens: counted.tokens,
      examples: counted.examples,
      how: `${counted.how} in ${options.train}`,
    };
  }
  const flagOf = (path: readonly string[]) => {
    const key = path.join('.');
    if (key === 'model' || key === 'economics.model') return '--model';
    if (key === 'economics.fine_tune_model') return '--fine-tune-model';
    if (key === 'economics.migration_model') return '--migration-model';
    return '--input-price/--output-price';
  };
  const inputs = resolveEconomicsInputs(economics, {
    catalog,
    pricesFile: shownAs,
    today,
    topLevelModel: undefined,
    measured,
    trainingMissing: 'no training-set size: pass --training-tokens (tokens per epoch) or --train FILE',
    lifts: {},
    data: 'ready',
    onMissingPrice: 'throw',
    keyName: (key) => flagNames[key] ?? key,
    code: 'USAGE',
    location: (path) => ({ field: flagOf(path) }),
    pricesHint: `pass its prices: ${allPriceFlagsHint}`,
    missingPrice: (modelId, key, what, missing) =>
      usageError(
        `the price data has no ${what} for ${modelId}`,
        `pass ${missingKeysInWords(missing, priceFlagOf)}${isFineTuneKey(key) ? ', or choose a --fine-tune-model the price data prices (--list-models)' : ''}`,
      ),
  });
  if ('notAssessed' in inputs) throw usageError(inputs.notAssessed, 'pass --model');
  const result = assessEconomics(inputs);
  if (options.json) {
    io.stdout(`${JSON.stringify(result, null, 2)}\n`);
    return;
  }
  const c = createColors(io.color);
  const missingSizes = ['userTokens', 'outputTokens'].filter(
    (key) => options[key as keyof CostOptions] === undefined,
  );
  const lines = [c.dim(`fixfirst cost · prices ${catalog.version} (${shownAs}) · today ${today}`), ''];
  lines.push(`${c.bold(statusLabels[result.status] ?? result.status)}  ${result.reason}`);
  lines.push('');
  for (const line of costLines(result, { formulas: true })) {
    lines.push(
      line.tone === 'warning' ? c.yellow(line.text) : line.tone === 'dim' ? c.dim(line.text) : line.text,
    );
  }
  if (missingSizes.length > 0 && result.fineTune !== undefined) {
    lines.push('');
    lines.push(
      c.yellow(
        `warning: ${missingSizes.map((key) => (key === 'userTokens' ? '--user-tokens' : '--output-tokens')).join(' and ')} not given: per-request costs count none of those tokens (${formatUsd(result.fineTune.perRequest.promptUsd)} today)`,
      ),
    );
  }
  io.stdout(`${lines.join('\n')}\n`);
}
