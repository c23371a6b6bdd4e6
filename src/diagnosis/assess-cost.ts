import { existsSync, statSync } from 'node:fs';
import { type ProjectConfig, referenceFormat, referencePath } from '../core/config.js';
import { configError, FixfirstError } from '../core/errors.js';
import type { CostQuestion, DataQuestion } from '../core/report/report.js';
import { assessEconomics } from '../cost/assess-economics.js';
import { defaultPriceCatalog, defaultPricesShownAs } from '../cost/default-price-catalog.js';
import { providerOf } from '../cost/find-model.js';
import type { Interval, LiftEvidence } from '../cost/lift-evidence.js';
import { isFineTuneKey, missingKeysInWords } from '../cost/missing-price-keys.js';
import { parsePriceCatalog } from '../cost/parse-price-catalog.js';
import type { PriceCatalog } from '../cost/price-catalog.js';
import {
  type FallbackPrice,
  type MeasuredSizes,
  resolveEconomicsInputs,
} from '../cost/resolve-economics-inputs.js';
import type { TokenCounter } from '../cost/training-tokens.js';
import { readTextFile } from '../loaders/read-text.js';
import { readTrainingRecords } from '../loaders/training-records.js';
import { providers } from '../providers/index.js';
import { loadTokenCounter } from '../tokenizer/load-token-counter.js';
import type { AssessContext } from './assess-context.js';
import {
  auditedTrainingTokens,
  countedTrainingTokens,
  flaggedRows,
  measureRequestTokens,
} from './measure-tokens.js';

/**
 * Measured evidence from live experiments that Q3 prefers to offline estimates. There is no measured
 * fine-tuning lift: the k-shot ladder measures what examples teach *in context*, which
 * research/evidence-cost.md §3 finds no source validating as a predictor of fine-tuned accuracy in
 * either direction, so fine-tuning stays priced on the behavioral bound (or the user's prior) and the
 * ladder is reported as an indicator only.
 */
export interface CostEvidence {
  /** The paired lift of a repaired prompt over the baseline (strict pass). */
  measuredPromptLift?: Interval;
  /** The paired lift of gold passages over the retrieved ones (the most a retrieval fix can buy). */
  measuredFoundationLift?: Interval;
}

/** About four characters per token: an estimate, labelled as one, used when no exact count is needed. */
const estimatedTokens = {
  count: (text: string) => Math.ceil(text.length / 4),
  encoding: 'estimated at 4 characters per token',
};

const noEconomics =
  'no `economics:` block in fixfirst.yaml: set economics.requests_per_month and economics.value_per_point_per_month ' +
  '(and economics.model unless the top-level `model:` is set) to price fine-tuning and each fix';

function readPriceFile(context: AssessContext, relativePath: string, line: number | undefined): PriceCatalog {
  const shown = context.project.showPath(relativePath);
  const text = readTextFile(context.project.resolvePath(relativePath), shown);
  try {
    return parsePriceCatalog(JSON.parse(text), shown);
  } catch (error) {
    if (FixfirstError.isInstance(error)) throw error;
    throw configError(
      `not valid JSON (${(error as Error).message})`,
      { file: shown },
      `fix the price file named by economics.prices_file (line ${line ?? '?'} of the config)`,
    );
  }
}

/** The system prompt text: `prompt.system` names a .md/.txt file in the project, or is the text itself. */
function systemPromptText(context: AssessContext): string | undefined {
  const system = context.project.loaded.config.prompt?.system;
  if (system === undefined) return undefined;
  if (/\.(md|txt)$/i.test(system)) {
    const path = context.project.resolvePath(system);
    if (existsSync(path) && statSync(path).isFile())
      return readTextFile(path, context.project.showPath(system));
  }
  return system;
}

/** Whether a base URL points at this machine (absent: the provider's default). */
function isLocalUrl(baseUrl: string | undefined): boolean {
  if (baseUrl === undefined) return true;
  try {
    return ['127.0.0.1', 'localhost', '[::1]', '::1'].includes(new URL(baseUrl).hostname);
  } catch {
    return false;
  }
}

/**
 * Prices for models the price data does not list: `live.prices` for the task model (so a user does
 * not give the same price twice), else $0 per token for a model on a local server (as live mode
 * counts it). Both are listed as assumptions when used; `economics.prices` beats them.
 */
function fallbackPrices(config: ProjectConfig): FallbackPrice[] {
  const economics = config.economics ?? {};
  const names = new Set(
    [economics.model ?? config.model, economics.fine_tune_model, economics.migration_model].filter(
      (name): name is string => name !== undefined,
    ),
  );
  const live = config.live?.prices;
  const result: FallbackPrice[] = [];
  for (const name of names) {
    if (live !== undefined && name === config.model) {
      result.push({
        modelId: name,
        input: live.input_usd_per_million_tokens,
        cachedInput: live.cached_input_usd_per_million_tokens,
        output: live.output_usd_per_million_tokens,
        source: 'live.prices in fixfirst.yaml',
        where: 'fixfirst.yaml live.prices',
        evidence: 'configured',
        note: `live.prices (the price data does not list ${name})`,
      });
      continue;
    }
    const provider = providers.find((entry) => entry.id === providerOf(name));
    if (provider?.local === true && isLocalUrl(config.live?.base_url)) {
      result.push({
        modelId: name,
        input: 0,
        output: 0,
        source: `local server (${provider.id}): no per-token price`,
        where: `${provider.id} on this machine`,
        evidence: 'derived',
        note: `${name} runs on a local server: $0 per token assumed (your hardware, power and time are not counted; give economics.prices."${name}" to count them)`,
      });
    }
  }
  return result;
}

function headroomLift(
  context: AssessContext,
  step: 'surface' | 'foundation' | 'behavioral',
): Interval | undefined {
  const entry = context.headroom.find((candidate) => candidate.step === step);
  if (entry === undefined || entry.kind === 'not_assessed') return undefined;
  return { value: entry.value, low: entry.low, high: entry.high };
}

/**
 * Q3 inside `fixfirst diagnose`: reads `economics:`, measures request and training-set token sizes
 * from the project where the config leaves them unset (token counts from the data audit when it
 * has them, else counted here with o200k_base), and prices every option. A missing price makes Q3
 * `not_assessed` with the key to set; an unknown model or a broken price file is a config error.
 * Q2 may still be running (`pendingData` a promise): what needs no audit (prices, request sizes)
 * is measured meanwhile.
 */
export async function assessCost(
  context: AssessContext,
  pendingData: DataQuestion | Promise<DataQuestion>,
  evidence: CostEvidence = {},
): Promise<CostQuestion> {
  const { loaded } = context.project;
  const { config } = loaded;
  const economics = config.economics;
  if (economics === undefined) return { status: 'not_assessed', reason: noEconomics };
  const location = (path: readonly string[]) => ({
    file: loaded.configShownAs,
    line: loaded.lineOf(path),
    field: path.join('.'),
  });
  const catalog =
    economics.prices_file === undefined
      ? defaultPriceCatalog()
      : readPriceFile(context, economics.prices_file, loaded.lineOf(['economics', 'prices_file']));
  const pricesFile =
    economics.prices_file === undefined
      ? defaultPricesShownAs
      : context.project.showPath(economics.prices_file);

  const prompt = economics.prompt ?? {};
  const measured: MeasuredSizes = { evalItems: context.project.cases.length };
  // Without a training set, fine-tuning cannot be priced and request sizes only price the fixes'
  // eval runs (cents): estimate them instead of loading a tokenizer.
  const fineTuneCanBePriced = economics.training?.tokens !== undefined || config.train !== undefined;
  let tokenizer: { count: TokenCounter; encoding: string } | undefined;
  const counter = async () => {
    tokenizer ??= fineTuneCanBePriced ? await loadTokenCounter() : estimatedTokens;
    return tokenizer;
  };
  const system = prompt.system_tokens === undefined ? systemPromptText(context) : undefined;
  if (system !== undefined) {
    const { count, encoding } = await counter();
    measured.systemTokens = { value: count(system), how: `counted in prompt.system (${encoding})` };
  }
  if (prompt.user_tokens === undefined || prompt.output_tokens === undefined) {
    const { count, encoding } = await counter();
    Object.assign(
      measured,
      measureRequestTokens(
        context.project.cases.map((prepared) => prepared.evalCase),
        count,
        encoding,
      ),
    );
  }
  const data = await pendingData;
  measured.flaggedRows = flaggedRows(data);
  if (economics.training?.tokens === undefined) measured.training = auditedTrainingTokens(data);
  let trainingMissing = 'no training set to price: name one with `train:` or set economics.training.tokens';
  if (economics.training?.tokens === undefined) {
    if (measured.training === undefined && config.train !== undefined) {
      const path = referencePath(config.train);
      const shown = context.project.showPath(path);
      const read = await readTrainingRecords(
        context.project.resolvePath(path),
        shown,
        referenceFormat(config.train),
      );
      if (read.records.length === 0) trainingMissing = `the training set ${shown} has no readable rows`;
      else {
        const { count, encoding } = await counter();
        context.progress.start('counting training tokens', undefined);
        measured.training = countedTrainingTokens(read.records, count, encoding, shown, read.unreadable);
        context.progress.finish();
      }
    }
  }

  const surface = headroomLift(context, 'surface');
  const foundation = headroomLift(context, 'foundation');
  const lift = (interval: Interval | undefined, kind: LiftEvidence['kind'], source: string) =>
    interval === undefined ? undefined : { ...interval, kind, source };
  const inputs = resolveEconomicsInputs(economics, {
    catalog,
    pricesFile,
    today: context.now.toISOString().slice(0, 10),
    topLevelModel: config.model,
    measured,
    trainingMissing,
    lifts: {
      bound: headroomLift(context, 'behavioral'),
      fixPrompt:
        evidence.measuredPromptLift === undefined
          ? lift(surface, 'measured', 'surface items: right in content, wrong in form')
          : lift(evidence.measuredPromptLift, 'measured', 'live prompt-repair experiment'),
      fixFoundation:
        evidence.measuredFoundationLift === undefined
          ? lift(foundation, 'estimate', 'retrieval misses × accuracy when the gold passage was present')
          : lift(
              evidence.measuredFoundationLift,
              'measured',
              'live oracle-context experiment: gold passages instead of the retrieved ones (lenient correctness)',
            ),
    },
    data: data.status === 'not_assessed' ? 'not_assessed' : data.status,
    code: 'CONFIG_INVALID',
    location,
    pricesHint: 'give its prices under economics.prices."<provider:model>" in fixfirst.yaml',
    missingPrice: (modelId, key, what, missing) => {
      const prices = missing.filter((entry) => entry !== 'training.hours_per_run');
      const fixes = [
        ...(prices.length === 0
          ? []
          : [
              `set ${missingKeysInWords(prices, (entry) => entry)} under economics.prices."${modelId}" in fixfirst.yaml`,
            ]),
        ...(missing.includes('training.hours_per_run') ? ['set economics.training.hours_per_run'] : []),
      ];
      const otherModel = isFineTuneKey(key)
        ? ', or set economics.fine_tune_model to a model the price data prices (fixfirst cost --list-models)'
        : '';
      return configError(
        `the price data has no ${what} for ${modelId}`,
        location(['economics', 'prices', modelId]),
        `${fixes.join('; ')}${otherModel}`,
      );
    },
    onMissingPrice: 'not_assessed',
    fallbackPrices: fallbackPrices(config),
  });
  if ('notAssessed' in inputs) return { status: 'not_assessed', reason: inputs.notAssessed };
  return assessEconomics(inputs);
}
