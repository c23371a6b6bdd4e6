import { type EvalItem, generateEvalSet } from './eval-set.js';
import { type Article, buildKnowledgeBase } from './knowledge-base.js';
import { evalManifest, type Manifest, trainManifest } from './manifest.js';
import type { ExampleProfile } from './profiles.js';
import { trainingSystemPrompt } from './prompts.js';
import { SeededRandom } from './random.js';
import { generateTrainingSet, type TrainEntry } from './training-set.js';

/** Passages that reach the prompt in every example (`retrieval: {k: 5}`). */
export const promptPassages = 5;
/** Depth of the simulated ranking written to the TREC run file. */
export const rankingDepth = 20;

/** A generated example, before it is written to files. */
export interface GeneratedExample {
  profile: ExampleProfile;
  knowledgeBase: Article[];
  evalItems: EvalItem[];
  trainEntries: TrainEntry[] | undefined;
  manifest: Manifest;
}

/** Overrides for other sizes (benchmarks): the plan's proportions are kept. */
export interface GenerateOverrides {
  seed?: number;
  /** Eval items (default: the profile's plan total). */
  items?: number;
  /** Training rows before planted insertions; 0 leaves the training set out. */
  trainRows?: number;
  /** Context passage text: `full` (title and body) or `title` only. */
  contextText?: 'full' | 'title';
}

/** Generates one example from its profile. Deterministic: the same profile and seed give the same data. */
export function generateExample(
  profile: ExampleProfile,
  overrides: GenerateOverrides = {},
): GeneratedExample {
  const seed = overrides.seed ?? profile.seed;
  const random = new SeededRandom(seed);
  const knowledgeBase = buildKnowledgeBase();
  const items = overrides.items ?? profile.eval.plan.reduce((sum, entry) => sum + entry.count, 0);
  const evalItems = generateEvalSet(random.fork('eval'), {
    items,
    plan: profile.eval.plan,
    categoryWeights: profile.eval.categoryWeights,
    knowledgeBase,
    contextText: overrides.contextText ?? profile.eval.contextText,
    k: promptPassages,
    depth: rankingDepth,
  });
  const trainEntries =
    profile.train === undefined || overrides.trainRows === 0
      ? undefined
      : generateTrainingSet(random.fork('train'), {
          rows: overrides.trainRows ?? profile.train.rows,
          categoryWeights: profile.train.categoryWeights,
          plants: profile.train.plants,
          systemPrompt: trainingSystemPrompt,
          evalItems,
        });
  const manifest: Manifest = {
    example: profile.name,
    seed,
    generator: 'examples/generate.ts',
    expectedVerdict: profile.expected.verdict,
    eval: evalManifest(evalItems, promptPassages),
  };
  if (trainEntries !== undefined) manifest.train = trainManifest(trainEntries, evalItems);
  return { profile, knowledgeBase, evalItems, trainEntries, manifest };
}
