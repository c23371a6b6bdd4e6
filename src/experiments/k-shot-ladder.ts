import { inputText } from '../core/eval-case.js';
import type { ShotExample } from '../core/render-prompt.js';
import type { Comparison } from '../core/report/live-evidence.js';
import { taskRequest } from '../runner/live-session.js';
import { seededRandom } from '../stats/random.js';
import type { Experiment, ExperimentResult } from './experiment-context.js';
import { shuffledIndices } from './item-order.js';
import { NearestExamples, wordTokens } from './nearest-examples.js';
import { raceContext } from './prompt-repair.js';
import { type CandidateArm, runPairedRace } from './sequential-comparison.js';

const normalise = (text: string) => wordTokens(text).join(' ');
const points = (value: number) => `${(value * 100).toFixed(1)} pts`;

/**
 * Reads the ladder the way evidence-cost.md §3 recommends: an indicator of what the data can teach,
 * never an estimate of fine-tuning accuracy.
 */
export function interpretLadder(comparisons: readonly Comparison[]): string {
  const lifted = comparisons.filter((comparison) => comparison.stop === 'lift');
  const nearestLift = lifted.filter((comparison) => comparison.id.endsWith('-nearest'));
  const randomLift = lifted.filter((comparison) => comparison.id.endsWith('-random'));
  if (lifted.length === 0) {
    const flat = comparisons.every(
      (comparison) => comparison.stop === 'no_lift' || comparison.stop === 'worse',
    );
    return flat
      ? 'flat: no number of examples lifted accuracy by thresholds.min_lift — the gap is not about examples (look at instructions, format or the foundation)'
      : 'undecided: no rung showed a clear lift with the items available';
  }
  const best = lifted.reduce((a, b) => (b.lift.value > a.lift.value ? b : a));
  if (nearestLift.length > 0 && randomLift.length === 0) {
    return `nearest examples lift accuracy (best ${best.label}: ${points(best.lift.value)}) but random ones do not: the gain is similar-example lookup — a kNN-examples prompt or a retrieval fix is likely cheaper than fine-tuning`;
  }
  return `examples teach something (best ${best.label}: ${points(best.lift.value)}): fine-tuning on this data is plausible, but the in-context curve is an indicator, not an estimate of fine-tuned accuracy`;
}

/**
 * The k-shot ladder (DESIGN §3, evidence-cost.md §3): the project's prompt with k ∈ live.k_shot
 * training examples before the item, chosen at random (one nested random set: the 4 are among the
 * 16) or nearest to the item (TF-IDF); 0-shot is the baseline. An item's own copy in the training
 * set is never shown. Each rung is a comparison at α / (number of rungs).
 */
export const kShotLadderExperiment: Experiment = {
  id: 'k_shot',
  summary: 'what do training examples teach in context? (0/4/16/64 examples, random and nearest)',
  // What the data teaches is content; examples that merely show the format would otherwise pass for
  // learning (and a shared surface failure would hide it).
  outcome: 'lenient_correct',
  async run(context) {
    const { target } = context;
    const examples = context.trainingExamples;
    const notRun = (reason: string): ExperimentResult => ({
      experiment: 'k_shot',
      status: 'not_run',
      reason,
      comparisons: [],
      details: {},
    });
    if (examples === undefined || examples.length === 0) return notRun(context.trainingNote);
    const ks = [...new Set(target.live.k_shot)].filter((k) => k <= examples.length).sort((a, b) => a - b);
    if (ks.length === 0) {
      return notRun(
        `the training set has ${examples.length} usable example(s), fewer than the smallest k in live.k_shot`,
      );
    }
    const permutation = shuffledIndices(examples.length, seededRandom(target.live.shuffle_seed + 1));
    const randomOrder = permutation.map((index) => examples[index]!);
    const nearest = new NearestExamples(examples);
    const leaks = new Map<number, string>();
    const itemInput = (index: number) => {
      let key = leaks.get(index);
      if (key === undefined) {
        key = normalise(inputText(context.cases[index]!.evalCase.input));
        leaks.set(index, key);
      }
      return key;
    };
    const ownCopy = (index: number) => (example: ShotExample) =>
      normalise(example.input) === itemInput(index);
    const arms: CandidateArm[] = ks.flatMap((k) => [
      {
        id: `k-shot-${k}-random`,
        experiment: 'k_shot' as const,
        label: `${k} random examples`,
        description: `the first ${k} of one seeded random order of the training set`,
        model: target.resolved.model,
        items: context.order,
        request: (index: number) => {
          const exclude = ownCopy(index);
          const shots = randomOrder.filter((example) => !exclude(example)).slice(0, k);
          return taskRequest(target, context.cases[index]!.evalCase, { shots });
        },
      },
      {
        id: `k-shot-${k}-nearest`,
        experiment: 'k_shot' as const,
        label: `${k} nearest examples`,
        description: `the ${k} training examples most similar to the item (TF-IDF cosine), closest last`,
        model: target.resolved.model,
        items: context.order,
        request: (index: number) => {
          const evalCase = context.cases[index]!.evalCase;
          const shots = nearest.nearest(inputText(evalCase.input), k, ownCopy(index));
          return taskRequest(target, evalCase, { shots });
        },
      },
    ]);
    const comparisons = await runPairedRace(
      arms,
      raceContext(context, context.thresholds.alpha / arms.length),
    );
    return {
      experiment: 'k_shot',
      status: 'measured',
      reason: `${arms.length} rung(s) (k = ${ks.join(', ')}; random and nearest) against 0-shot, α/${arms.length} each`,
      comparisons,
      details: {
        trainingExamples: examples.length,
        trainingSource: context.trainingNote,
        ks,
        interpretation: interpretLadder(comparisons),
      },
    };
  },
};
