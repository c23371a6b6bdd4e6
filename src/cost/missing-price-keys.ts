import type { EconomicsInputs } from './economics-inputs.js';
import type { PricedModel } from './find-model.js';

/** The keys of the base model's token prices (economics.prices.<id>.*). */
const baseKeys = new Set(['input', 'cached_input', 'output']);

/** The order keys are listed in: today's model, then training, fine-tuned inference, hosting. */
const keyOrder = [
  'input',
  'cached_input',
  'output',
  'training',
  'training.hours_per_run',
  'fine_tuned_input',
  'fine_tuned_cached_input',
  'fine_tuned_output',
  'hosting_per_month',
];
const inOrder = (keys: Set<string>) => [...keys].sort((a, b) => keyOrder.indexOf(a) - keyOrder.indexOf(b));

/**
 * Every figure a path still lacks for `model`, the failed key included: so one message lists all
 * the prices to give instead of one per run. Base-model keys (`input`, `output`) when a base price
 * failed; otherwise everything a fine-tune of `model` needs (`training`, `training.hours_per_run`
 * for hourly billing, `fine_tuned_input` and `fine_tuned_output`, `hosting_per_month`).
 */
export function missingPriceKeys(
  inputs: Pick<EconomicsInputs, 'hostingPerMonth' | 'training'>,
  model: PricedModel,
  failed: string,
): string[] {
  const keys = new Set([failed]);
  if (baseKeys.has(failed)) {
    if (model.prices.inference === null) for (const key of ['input', 'output']) keys.add(key);
    return inOrder(keys);
  }
  const fineTuning = model.prices.fineTuning;
  const training = fineTuning?.training ?? null;
  if (training === null) keys.add('training');
  else if ('perHour' in training && inputs.training?.hoursPerRun === undefined)
    keys.add('training.hours_per_run');
  if ((fineTuning?.inference ?? null) === null) {
    keys.add('fine_tuned_input');
    keys.add('fine_tuned_output');
  }
  if ((fineTuning?.hosting ?? null) === null && inputs.hostingPerMonth === undefined)
    keys.add('hosting_per_month');
  return inOrder(keys);
}

/**
 * The missing keys as one phrase, each named the caller's way (a fixfirst.yaml key or a flag):
 * "--training-price, --ft-output-price and --hosting-per-month (0 for serverless)".
 */
export function missingKeysInWords(keys: readonly string[], name: (key: string) => string): string {
  const named = keys.map((key) => `${name(key)}${key === 'hosting_per_month' ? ' (0 for serverless)' : ''}`);
  return named.length <= 1 ? (named[0] ?? '') : `${named.slice(0, -1).join(', ')} and ${named.at(-1)}`;
}

/** Whether the missing keys price a fine-tune (not the model serving today). */
export function isFineTuneKey(key: string): boolean {
  return !baseKeys.has(key);
}
