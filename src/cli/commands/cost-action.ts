import { resolve } from 'node:path';
import { createColors } from 'picocolors';
import { type EconomicsConfig, economicsSchema } from '../../core/config-economics.js';
import { configError, usageError } from '../../core/errors.js';
import { assessEconomics } from '../../cost/assess-economics.js';
import { defaultPriceCatalog, defaultPricesShownAs } from '../../cost/default-price-catalog.js';
import { formatUsd } from '../../cost/format-usd.js';
import { parsePriceCatalog } from '../../cost/parse-price-catalog.js';
import { assessPlatformRisk } from '../../cost/platform-risk.js';
import type { PriceCatalog } from '../../cost/price-catalog.js';
import { type MeasuredSizes, resolveEconomicsInputs } from '../../cost/resolve-economics-inputs.js';
import { countTrainingTokens } from '../../cost/training-tokens.js';
import { readTextFile } from '../../loaders/read-text.js';
import { readTrainingRecords } from '../../loaders/training-records.js';
import { costLines } from '../../reporters/cost-lines.js';
import { statusLabels } from '../../reporters/format.js';
import { loadTokenCounter } from '../../tokenizer/load-token-counter.js';
import type { CliIo } from '../cli-io.js';
import type { CostOptions } from './cost.js';

/** Each numeric flag, the economics key it sets, and whether it must be a whole number. */
const numericFlags: readonly { option: keyof CostOptions; flag: string; path: string[]; integer: boolean }[] =
  [
    { option: 'trainingTokens', flag: '--training-tokens', path: ['training', 'tokens'], integer: true },
    { option: 'examples', flag: '--examples', path: ['training', 'examples'], integer: true },
    { option: 'iterations', flag: '--iterations', path: ['training', 'iterations'], integer: true },
    { option: 'hoursPerRun', flag: '--hours-per-run', path: ['training', 'hours_per_run'], integer: false },
    { option: 'requestsPerMonth', flag: '--requests-per-month', path: ['requests_per_month'], integer: true },
    {
      option: 'valuePerPoint',
      flag: '--value-per-point',
      path: ['value_per_point_per_month'],
      integer: false,
    },
    { option: 'horizon', flag: '--horizon', path: ['horizon_months'], integer: false },
    { option: 'systemTokens', flag: '--system-tokens', path: ['prompt', 'system_tokens'], integer: true },
    {
      option: 'fewShotTokens',
      flag: '--few-shot-tokens',
      path: ['prompt', 'few_shot_tokens'],
      integer: true,
    },
    { option: 'userTokens', flag: '--user-tokens', path: ['prompt', 'user_tokens'], integer: true },
    { option: 'outputTokens', flag: '--output-tokens', path: ['prompt', 'output_tokens'], integer: true },
    {
      option: 'fineTunedSystemTokens',
      flag: '--fine-tuned-system-tokens',
      path: ['prompt', 'fine_tuned_system_tokens'],
      integer: true,
    },
    { option: 'cachedShare', flag: '--cached-share', path: ['prompt', 'cached_share'], integer: false },
    { option: 'evalItems', flag: '--eval-items', path: ['eval', 'items'], integer: true },
    { option: 'evalRuns', flag: '--eval-runs', path: ['eval', 'runs_per_iteration'], integer: true },
    { option: 'hourlyRate', flag: '--hourly-rate', path: ['labour', 'hourly_rate'], integer: false },
    {
      option: 'fineTuneHours',
      flag: '--fine-tune-hours',
      path: ['labour', 'hours', 'fine_tune'],
      integer: false,
    },
    { option: 'hostingPerMonth', flag: '--hosting-per-month', path: ['hosting_per_month'], integer: false },
    { option: 'gpuPrice', flag: '--gpu-price', path: ['self_hosted', 'gpu_price_per_hour'], integer: false },
  ];

/** Price flags: which model they price (today's or the fine-tuned) and the economics.prices key. */
const priceFlags: readonly {
  option: keyof CostOptions;
  flag: string;
  key: string;
  side: 'base' | 'fineTune';
}[] = [
  { option: 'inputPrice', flag: '--input-price', key: 'input', side: 'base' },
  { option: 'cachedInputPrice', flag: '--cached-input-price', key: 'cached_input', side: 'base' },
  { option: 'outputPrice', flag: '--output-price', key: 'output', side: 'base' },
  { option: 'trainingPrice', flag: '--training-price', key: 'training', side: 'fineTune' },
  { option: 'ftInputPrice', flag: '--ft-input-price', key: 'fine_tuned_input', side: 'fineTune' },
  {
    option: 'ftCachedInputPrice',
    flag: '--ft-cached-input-price',
    key: 'fine_tuned_cached_input',
    side: 'fineTune',
  },
  { option: 'ftOutputPrice', flag: '--ft-output-price', key: 'fine_tuned_output', side: 'fineTune' },
];

/** The flag that sets an economics key, for messages that name what to pass. */
const flagNames: Record<string, string> = {
  'economics.requests_per_month': '--requests-per-month',
  'economics.value_per_point_per_month': '--value-per-point',
  'economics.fine_tune_lift': '--lift-points',
  'economics.fine_tune_model': '--fine-tune-model',
};

/** Parses a number flag strictly (`300000`, `300_000`, `3e5`); anything else names the flag. */
function parseNumber(flag: string, text: string, integer: boolean): number {
  const value = Number(text.replaceAll('_', '').replaceAll(',', ''));
  if (text.trim() === '' || !Number.isFinite(value)) {
    throw usageError(`${flag} "${text}" is not a number`, `give ${flag} a number, e.g. ${flag} 300000`);
  }
  if (integer && !Number.isInteger(value)) {
    throw usageError(`${flag} ${text} must be a whole number`, `round it, e.g. ${flag} ${Math.round(value)}`);
  }
  return value;
}

function setPath(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let node = target;
  for (const key of path.slice(0, -1)) {
    node[key] ??= {};
    node = node[key] as Record<string, unknown>;
  }
  node[path.at(-1)!] = value;
}

/** The flags as an `economics:` section, validated by the same schema as fixfirst.yaml. */
function economicsFromFlags(options: CostOptions, model: string): EconomicsConfig {
  const raw: Record<string, unknown> = { model };
  if (options.fineTuneModel !== undefined) raw.fine_tune_model = options.fineTuneModel;
  if (options.migrationModel !== undefined) raw.migration_model = options.migrationModel;
  if (options.epochs !== undefined && options.epochs !== 'auto') {
    setPath(raw, ['training', 'epochs'], parseNumber('--epochs', options.epochs, true));
  }
  for (const entry of numericFlags) {
    const text = options[entry.option];
    if (typeof text === 'string') setPath(raw, entry.path, parseNumber(entry.flag, text, entry.integer));
  }
  if (options.liftPoints !== undefined)
    raw.fine_tune_lift = parseNumber('--lift-points', options.liftPoints, false) / 100;
  for (const entry of priceFlags) {
    const text = options[entry.option];
    if (typeof text !== 'string') continue;
    const owner = entry.side === 'base' ? model : (options.fineTuneModel ?? model);
    setPath(raw, ['prices', owner, entry.key], parseNumber(entry.flag, text, false));
  }
  const parsed = economicsSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const path = issue.path.map(String);
  const flag =
    path.join('.') === 'fine_tune_lift'
      ? '--lift-points'
      : path[0] === 'prices'
        ? priceFlags.find((entry) => entry.key === path[2])?.flag
        : path.join('.') === 'training.epochs'
          ? '--epochs'
          : numericFlags.find((entry) => entry.path.join('.') === path.join('.'))?.flag;
  const message = issue.message
    .replace(/^Invalid input: /, '')
    .replace(/^Too (big|small): expected number to be /, 'must be ');
  throw usageError(
    `${flag ?? path.join('.')}: ${message}`,
    'amounts are USD, token counts whole numbers, shares between 0 and 1',
  );
}

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

function parseToday(options: CostOptions, io: CliIo): string {
  if (options.today === undefined) return io.now().toISOString().slice(0, 10);
  const date = new Date(`${options.today}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(options.today) || Number.isNaN(date.getTime())) {
    throw usageError(
      `--today "${options.today}" is not a date`,
      'write it as YYYY-MM-DD, e.g. --today 2026-11-30',
    );
  }
  return options.today;
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
    'Sources: `fixfirst cost --list-models --json`, or README "Economics". A model not listed: pass its prices (--input-price, --output-price, --training-price, --ft-input-price, --ft-output-price).',
  );
  return `${lines.join('\n')}\n`;
}

/** Runs `fixfirst cost`. */
export async function runCost(options: CostOptions, io: CliIo): Promise<void> {
  const today = parseToday(options, io);
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
    const read = await readTrainingRecords(resolve(options.train), options.train, options.trainFormat);
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
    pricesHint:
      'pass its prices: --input-price and --output-price (today’s model), --training-price, --ft-input-price and --ft-output-price (the fine-tune)',
    missingPrice: (modelId, key, what) => {
      const flag =
        priceFlags.find((entry) => entry.key === key)?.flag ??
        (key === 'hosting_per_month'
          ? '--hosting-per-month'
          : key === 'training.hours_per_run'
            ? '--hours-per-run'
            : key);
      return usageError(
        `the price data has no ${what} for ${modelId}`,
        `pass ${flag}${key === 'fine_tuned_input' ? ' and --ft-output-price' : key === 'input' ? ' and --output-price' : ''}`,
      );
    },
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
