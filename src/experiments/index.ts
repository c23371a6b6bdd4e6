import type { Experiment } from './experiment-context.js';
import { kShotLadderExperiment } from './k-shot-ladder.js';
import { oracleContextExperiment } from './oracle-context.js';
import { promptRepairExperiment } from './prompt-repair.js';

/** Every live experiment, one line each, in the order reports list them. */
export const experiments: readonly Experiment[] = [
  promptRepairExperiment,
  oracleContextExperiment,
  kShotLadderExperiment,
];
