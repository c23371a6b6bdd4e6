import type { Thresholds } from '../core/config.js';
import type { ContextPassage } from '../core/eval-case.js';
import type { LanguageModel } from '../core/language-model.js';
import type { ShotExample } from '../core/render-prompt.js';
import type { ItemResult } from '../core/report/item-result.js';
import type { LiveExperiment, OutcomeMeasure } from '../core/report/live-evidence.js';
import type { PreparedCase } from '../diagnosis/evaluate-items.js';
import type { CallRunner } from '../runner/call-runner.js';
import type { LiveTarget } from '../runner/live-session.js';
import type { RepairCheck } from './prompt-repair-rules.js';

/** Everything an experiment may read: the baseline run, the fixed item order, the runner. */
export interface ExperimentContext {
  /** The project's items with the baseline outputs filled in. */
  cases: readonly PreparedCase[];
  /** The baseline's scored results, same order as `cases`. */
  baselineItems: readonly ItemResult[];
  baselineOutputs: readonly string[];
  /** Indices of `cases` in the seeded random order every experiment follows. */
  order: readonly number[];
  target: LiveTarget;
  runner: CallRunner;
  /** Writes prompt rewrites (live.optimizer_model, else the task model). */
  optimizer: LanguageModel;
  /** The outcome measure this experiment is judged on (its declared `outcome`). */
  outcome: OutcomeMeasure;
  /** Whether an output for an item succeeds on `outcome`. */
  score(index: number, output: string): Promise<boolean>;
  /** Whether the baseline's output for an item succeeds on `outcome`. */
  baselinePass(index: number): boolean;
  thresholds: Thresholds;
  task: string;
  /** The contract checks with their docs (and loaded JSON schemas), for the repair. */
  repairChecks: readonly RepairCheck[];
  /** Passages by id from the eval contexts and live.corpus (oracle context). */
  passages: ReadonlyMap<string, ContextPassage>;
  /** Training examples for the k-shot ladder; undefined when there is no training set. */
  trainingExamples: readonly ShotExample[] | undefined;
  /** Where the training examples came from, or why there are none. */
  trainingNote: string;
  onLook?: () => void;
}

/** What an experiment returns; the orchestrator adds the declared outcome measure. */
export type ExperimentResult = Omit<LiveExperiment, 'outcome'>;

/** A live experiment: one file in src/experiments/ and one line in src/experiments/index.ts. */
export interface Experiment {
  readonly id: LiveExperiment['experiment'];
  /** What it measures, one sentence (help text and README). */
  readonly summary: string;
  /**
   * What counts as a success in its comparisons. The orchestrator scores both arms on it, so shared
   * code never asks which experiment it is running.
   */
  readonly outcome: OutcomeMeasure;
  run(context: ExperimentContext): Promise<ExperimentResult>;
}
