import type { z } from 'zod';
import { type EconomicsConfig, economicsSchema } from '../../core/config-economics.js';
import { usageError } from '../../core/errors.js';
import { parseNumberFlag } from '../parse-number-flag.js';
import type { CostOptions } from './cost.js';

/** A numeric flag: the economics key it sets, whether it must be whole, and what it means (the hint). */
interface NumericFlag {
  option: keyof CostOptions;
  flag: string;
  path: string[];
  integer: boolean;
  /** What the number is, in the flag's own unit, with an example: the hint of its errors. */
  hint: string;
}

const tokensPerRequest = 'the tokens per request, a whole number, e.g. 500';

/** Each numeric flag, the economics key it sets, and whether it must be a whole number. */
const numericFlags: readonly NumericFlag[] = [
  {
    option: 'trainingTokens',
    flag: '--training-tokens',
    path: ['training', 'tokens'],
    integer: true,
    hint: 'the training tokens per epoch, a whole number, e.g. 700000',
  },
  {
    option: 'examples',
    flag: '--examples',
    path: ['training', 'examples'],
    integer: true,
    hint: 'the number of training examples, a whole number, e.g. 1000',
  },
  {
    option: 'iterations',
    flag: '--iterations',
    path: ['training', 'iterations'],
    integer: true,
    hint: 'the training runs until it works, a whole number from 1 to 100, e.g. 3',
  },
  {
    option: 'hoursPerRun',
    flag: '--hours-per-run',
    path: ['training', 'hours_per_run'],
    integer: false,
    hint: 'the hours per training run (hourly-billed training), e.g. 4',
  },
  {
    option: 'requestsPerMonth',
    flag: '--requests-per-month',
    path: ['requests_per_month'],
    integer: true,
    hint: 'the requests the feature serves per month, a whole number, e.g. 300000',
  },
  {
    option: 'valuePerPoint',
    flag: '--value-per-point',
    path: ['value_per_point_per_month'],
    integer: false,
    hint: 'what one accuracy point is worth per month in USD, e.g. 800',
  },
  {
    option: 'horizon',
    flag: '--horizon',
    path: ['horizon_months'],
    integer: false,
    hint: 'the months within which fine-tuning must pay back, more than 0 and at most 120, e.g. 12',
  },
  {
    option: 'systemTokens',
    flag: '--system-tokens',
    path: ['prompt', 'system_tokens'],
    integer: true,
    hint: tokensPerRequest,
  },
  {
    option: 'fewShotTokens',
    flag: '--few-shot-tokens',
    path: ['prompt', 'few_shot_tokens'],
    integer: true,
    hint: tokensPerRequest,
  },
  {
    option: 'userTokens',
    flag: '--user-tokens',
    path: ['prompt', 'user_tokens'],
    integer: true,
    hint: tokensPerRequest,
  },
  {
    option: 'outputTokens',
    flag: '--output-tokens',
    path: ['prompt', 'output_tokens'],
    integer: true,
    hint: tokensPerRequest,
  },
  {
    option: 'fineTunedSystemTokens',
    flag: '--fine-tuned-system-tokens',
    path: ['prompt', 'fine_tuned_system_tokens'],
    integer: true,
    hint: tokensPerRequest,
  },
  {
    option: 'cachedShare',
    flag: '--cached-share',
    path: ['prompt', 'cached_share'],
    integer: false,
    hint: 'the share of requests whose static prefix is cached, between 0 and 1, e.g. 0.8',
  },
  {
    option: 'evalItems',
    flag: '--eval-items',
    path: ['eval', 'items'],
    integer: true,
    hint: 'the items per eval run, a whole number, e.g. 300',
  },
  {
    option: 'evalRuns',
    flag: '--eval-runs',
    path: ['eval', 'runs_per_iteration'],
    integer: true,
    hint: 'the eval runs per training run, a whole number from 0 to 100, e.g. 1',
  },
  {
    option: 'hourlyRate',
    flag: '--hourly-rate',
    path: ['labour', 'hourly_rate'],
    integer: false,
    hint: 'the cost of an hour of engineering in USD, e.g. 100',
  },
  {
    option: 'fineTuneHours',
    flag: '--fine-tune-hours',
    path: ['labour', 'hours', 'fine_tune'],
    integer: false,
    hint: 'the engineering hours per fine-tuning campaign, e.g. 40',
  },
  {
    option: 'hostingPerMonth',
    flag: '--hosting-per-month',
    path: ['hosting_per_month'],
    integer: false,
    hint: 'the USD per month to serve the fine-tune besides its tokens (0 for serverless)',
  },
  {
    option: 'gpuPrice',
    flag: '--gpu-price',
    path: ['self_hosted', 'gpu_price_per_hour'],
    integer: false,
    hint: 'the price of a GPU-hour in USD, more than 0, e.g. 2.5',
  },
];

/** `--lift-points` is in accuracy points; economics.fine_tune_lift is a proportion (points / 100). */
const liftFlag = {
  flag: '--lift-points',
  scale: 100,
  hint: 'the accuracy points you expect fine-tuning to buy, from 0 to 100, e.g. 4',
};

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

/** The flag that gives a missing price (an economics.prices key, or hosting and hours per run). */
export function priceFlagOf(key: string): string {
  if (key === 'hosting_per_month') return '--hosting-per-month';
  if (key === 'training.hours_per_run') return '--hours-per-run';
  return priceFlags.find((entry) => entry.key === key)?.flag ?? key;
}

/** Every price flag a model the price data does not list may need, for hints and the README. */
export const allPriceFlagsHint =
  '--input-price and --output-price (the model serving today); --training-price, --ft-input-price, --ft-output-price and --hosting-per-month (the fine-tune; 0 for serverless)';

/** The flag that sets an economics key, for messages that name what to pass. */
export const flagNames: Record<string, string> = {
  'economics.requests_per_month': '--requests-per-month',
  'economics.value_per_point_per_month': '--value-per-point',
  'economics.fine_tune_lift': '--lift-points',
  'economics.fine_tune_model': '--fine-tune-model',
};

function setPath(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let node = target;
  for (const key of path.slice(0, -1)) {
    node[key] ??= {};
    node = node[key] as Record<string, unknown>;
  }
  node[path.at(-1)!] = value;
}

/** The flags as an `economics:` section, validated by the same schema as fixfirst.yaml. */
export function economicsFromFlags(options: CostOptions, model: string): EconomicsConfig {
  const raw: Record<string, unknown> = { model };
  if (options.fineTuneModel !== undefined) raw.fine_tune_model = options.fineTuneModel;
  if (options.migrationModel !== undefined) raw.migration_model = options.migrationModel;
  if (options.epochs !== undefined && options.epochs !== 'auto') {
    setPath(raw, ['training', 'epochs'], parseNumberFlag('--epochs', options.epochs, { integer: true }));
  }
  for (const entry of numericFlags) {
    const text = options[entry.option];
    if (typeof text === 'string')
      setPath(raw, entry.path, parseNumberFlag(entry.flag, text, { integer: entry.integer }));
  }
  if (options.liftPoints !== undefined)
    raw.fine_tune_lift = parseNumberFlag(liftFlag.flag, options.liftPoints) / liftFlag.scale;
  for (const entry of priceFlags) {
    const text = options[entry.option];
    if (typeof text !== 'string') continue;
    const owner = entry.side === 'base' ? model : (options.fineTuneModel ?? model);
    setPath(raw, ['prices', owner, entry.key], parseNumberFlag(entry.flag, text));
  }
  const parsed = economicsSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const key = issue.path.map(String).join('.');
  const price =
    issue.path[0] === 'prices' ? priceFlags.find((entry) => entry.key === issue.path[2]) : undefined;
  const numeric = numericFlags.find((entry) => entry.path.join('.') === key);
  // Each flag is named, bounded and explained in its own unit (--lift-points in points, not a share).
  const flag =
    key === 'fine_tune_lift'
      ? { ...liftFlag, text: options.liftPoints }
      : key === 'training.epochs'
        ? {
            flag: '--epochs',
            scale: 1,
            hint: 'a whole number of epochs per run from 1 to 50, or auto',
            text: options.epochs,
          }
        : price !== undefined
          ? {
              flag: price.flag,
              scale: 1,
              hint: 'a price in USD per 1M tokens, e.g. 0.4',
              text: options[price.option] as string,
            }
          : numeric !== undefined
            ? { ...numeric, scale: 1, text: options[numeric.option] as string }
            : { flag: key, scale: 1, hint: 'see fixfirst cost --help', text: undefined };
  throw usageError(
    `${flag.flag}${flag.text === undefined ? '' : ` ${flag.text}`}: ${boundMessage(issue, flag.scale)}`,
    `give ${flag.hint}`,
  );
}

/** A zod range issue in words, its bound in the flag's unit (`scale` × the schema's). */
function boundMessage(issue: z.core.$ZodIssue, scale: number): string {
  const shown = (value: number | bigint) => Number(value) * scale;
  if (issue.code === 'too_big') {
    return issue.inclusive
      ? `must be at most ${shown(issue.maximum)}`
      : `must be less than ${shown(issue.maximum)}`;
  }
  if (issue.code === 'too_small') {
    return issue.inclusive
      ? `must be at least ${shown(issue.minimum)}`
      : `must be more than ${shown(issue.minimum)}`;
  }
  return issue.message.replace(/^Invalid input: /, '');
}
