import type { FixfirstError } from '../core/errors.js';
import type { Assumption } from '../core/report/cost-question.js';
import type { PricedModel } from './find-model.js';
import type { LiftEvidence } from './lift-evidence.js';
import type { PriceCatalog } from './price-catalog.js';

/** Token sizes of one request. */
export interface PromptSizes {
  /** System prompt tokens (the cacheable prefix, with the few-shot examples). */
  systemTokens: number;
  /** Few-shot example tokens that a fine-tune would drop. */
  fewShotTokens: number;
  /** User message and retrieved-context tokens. */
  userTokens: number;
  outputTokens: number;
  /** System prompt tokens the fine-tuned model still gets. */
  fineTunedSystemTokens: number;
  /** Share of requests whose static prefix is cached; undefined: the provider's default. */
  cachedShare: number | undefined;
  /** Tokens a prompt fix adds to every request. */
  fixExtraTokens: number;
}

/** The training set and how often it is trained on. */
export interface TrainingPlan {
  /** Tokens in one pass over the training set. */
  tokensPerEpoch: number;
  /** Where that figure came from (configured, data audit, counted). */
  tokensSource: string;
  examples: number | undefined;
  epochs: number | 'auto';
  /** Training runs until it works. */
  iterations: number;
  /** Hours per run, for hourly-billed training. */
  hoursPerRun: number | undefined;
  /** Validation tokens billed per run. */
  validationTokens: number;
}

/** Eval runs that every fix and every training run needs. */
export interface EvalPlan {
  items: number;
  runsPerIteration: number;
  runsPerFix: number;
}

/** People's time. */
export interface LabourPlan {
  hourlyRate: number;
  labellingHourlyRate: number;
  minutesPerExample: number;
  qaRework: number;
  examplesToLabel: number;
  /** Where the relabelling count came from. */
  examplesToLabelSource: string;
  hours: { fix_prompt: number; fix_foundation: number; fix_data: number; fine_tune: number };
}

/**
 * Builds the error for a price the data does not have: the CLI names its flags, diagnose names the
 * fixfirst.yaml keys. `key` is the economics.prices key that failed (input, fine_tuned_input,
 * training, hosting_per_month, training.hours_per_run); `what` names it in words, without an
 * article ("training price"); `missing` is every key the same path still lacks (`key` among
 * them, in a fixed order), so one message can list them all.
 */
export type MissingPrice = (
  modelId: string,
  key: string,
  what: string,
  missing: readonly string[],
) => FixfirstError;

/** Everything Q3 is computed from. Built by `fixfirst cost` (flags) or by diagnose (project). */
export interface EconomicsInputs {
  catalog: PriceCatalog;
  /** The price file, as shown to the user. */
  pricesFile: string;
  /** YYYY-MM-DD: platform-risk dates are measured from it. */
  today: string;
  baseModel: PricedModel;
  fineTuneModel: PricedModel;
  /** Prices a forced migration; undefined: the fine-tune model's own prices as a proxy. */
  migrationModel: PricedModel | undefined;
  requestsPerMonth: number | undefined;
  valuePerPointPerMonth: number | undefined;
  horizonMonths: number;
  prompt: PromptSizes;
  /** Undefined when the training-set size is unknown; `trainingMissing` says why. */
  training: TrainingPlan | undefined;
  trainingMissing: string;
  evalPlan: EvalPlan;
  labour: LabourPlan;
  lifts: {
    fineTune: LiftEvidence | undefined;
    fixPrompt: LiftEvidence | undefined;
    fixFoundation: LiftEvidence | undefined;
  };
  /** Q2's answer: whether the data still needs cleaning before training. */
  data: 'ready' | 'not_ready' | 'not_assessed';
  /** Overrides the fine-tune's hosting cost per month. */
  hostingPerMonth: number | undefined;
  /** Overrides the median GPU-hour price for self-hosted paths. */
  gpuPricePerHour: number | undefined;
  missingPrice: MissingPrice;
  /**
   * What a missing price does: `throw` (the calculator: the user passes it as a flag) or
   * `not_assessed` (diagnose: Q3 says which key to set and still prices what it can).
   */
  onMissingPrice: 'throw' | 'not_assessed';
  /** How to name a config key to the user: itself in diagnose, its flag in `fixfirst cost`. */
  keyName(key: string): string;
  /** Defaults and measurements used, for the report. */
  assumptions: Assumption[];
  /** Remarks made while building the inputs. */
  notes: string[];
}
