import { existsSync, statSync } from 'node:fs';
import { referenceFormat, referencePath } from '../core/config.js';
import { configError, FixfirstError } from '../core/errors.js';
import type { CostQuestion, DataQuestion } from '../core/report/report.js';
import { assessEconomics } from '../cost/assess-economics.js';
import { defaultPriceCatalog, defaultPricesShownAs } from '../cost/default-price-catalog.js';
import type { Interval, LiftEvidence } from '../cost/lift-evidence.js';
import { parsePriceCatalog } from '../cost/parse-price-catalog.js';
import type { PriceCatalog } from '../cost/price-catalog.js';
import { type MeasuredSizes, resolveEconomicsInputs } from '../cost/resolve-economics-inputs.js';
import type { TokenCounter } from '../cost/training-tokens.js';
import { readTextFile } from '../loaders/read-text.js';
import { readTrainingRecords } from '../loaders/training-records.js';
import { loadTokenCounter } from '../tokenizer/load-token-counter.js';
import type { AssessContext } from './assess-context.js';
import {
  auditedTrainingTokens,
  countedTrainingTokens,
  flaggedRows,
  measureRequestTokens,
} from './measure-tokens.js';

/** Measured evidence from live experiments that Q3 prefers to offline bounds. */
export interface CostEvidence {
  /** A measured fine-tuning lift (e.g. a pilot fine-tune judged on this eval set). */
  measuredFineTuneLift?: Interval;
  /** The paired lift of a repaired prompt over the baseline. */
  measuredPromptLift?: Interval;
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

function headroomLift(
  context: AssessContext,
  step: 'surface' | 'foundation' | 'behavioral',
): Interval | undefined {
  const entry = context.headroom.find((candidate) => candidate.step === step);
  return entry === undefined ? undefined : { value: entry.value, low: entry.low, high: entry.high };
}

/**
 * Q3 inside `fixfirst diagnose`: reads `economics:`, measures request and training-set token sizes
 * from the project where the config leaves them unset (token counts from the data audit when it
 * has them, else counted here with o200k_base), and prices every option. A missing price makes Q3
 * `not_assessed` with the key to set; an unknown model or a broken price file is a config error.
 */
export async function assessCost(
  context: AssessContext,
  data: DataQuestion,
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
  const measured: MeasuredSizes = {
    evalItems: context.project.cases.length,
    flaggedRows: flaggedRows(data),
    training: economics.training?.tokens === undefined ? auditedTrainingTokens(data) : undefined,
  };
  // Without a training set, fine-tuning cannot be priced and request sizes only price the fixes'
  // eval runs (cents): estimate them instead of loading a tokenizer.
  const fineTuneCanBePriced =
    economics.training?.tokens !== undefined || measured.training !== undefined || config.train !== undefined;
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
      measured: evidence.measuredFineTuneLift,
      fixPrompt:
        evidence.measuredPromptLift === undefined
          ? lift(surface, 'measured', 'surface items: right in content, wrong in form')
          : lift(evidence.measuredPromptLift, 'measured', 'live prompt-repair experiment'),
      fixFoundation: lift(
        foundation,
        'estimate',
        'retrieval misses × accuracy when the gold passage was present',
      ),
    },
    data: data.status === 'not_assessed' ? 'not_assessed' : data.status,
    code: 'CONFIG_INVALID',
    location,
    pricesHint: 'give its prices under economics.prices."<provider:model>" in fixfirst.yaml',
    missingPrice: (modelId, key, what) =>
      configError(
        `the price data has no ${what} for ${modelId}`,
        location(['economics', 'prices', modelId]),
        `set economics.prices."${modelId}".${key} in fixfirst.yaml${key === 'hosting_per_month' ? ' (or economics.hosting_per_month)' : ''}`,
      ),
    onMissingPrice: 'not_assessed',
  });
  if ('notAssessed' in inputs) return { status: 'not_assessed', reason: inputs.notAssessed };
  return assessEconomics(inputs);
}
