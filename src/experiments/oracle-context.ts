import type { ContextPassage, EvalCase } from '../core/eval-case.js';
import { templateUsesContext } from '../core/render-prompt.js';
import { taskRequest } from '../runner/live-session.js';
import { seededRandom } from '../stats/random.js';
import type { Experiment, ExperimentResult } from './experiment-context.js';
import { raceContext } from './prompt-repair.js';
import { runPairedRace } from './sequential-comparison.js';

/** The gold passages of an item whose text is known (from its contexts or the corpus). */
export function goldPassages(
  evalCase: EvalCase,
  passages: ReadonlyMap<string, ContextPassage>,
): ContextPassage[] {
  const found: ContextPassage[] = [];
  for (const id of evalCase.goldIds ?? []) {
    const passage = evalCase.contexts?.find((entry) => entry.id === id) ?? passages.get(id);
    if (passage !== undefined && passage.text.trim() !== '') found.push(passage);
  }
  return found;
}

/**
 * The retrieved passages with the gold ones removed and re-inserted at seeded random positions:
 * what perfect recall would give with today's noise around it.
 */
export function goldAmongRetrieved(
  evalCase: EvalCase,
  gold: readonly ContextPassage[],
  seed: number,
): ContextPassage[] {
  const goldIds = new Set(gold.map((passage) => passage.id));
  const result = (evalCase.contexts ?? []).filter((passage) => !goldIds.has(passage.id));
  const random = seededRandom(seed);
  for (const passage of gold) result.splice(Math.floor(random() * (result.length + 1)), 0, passage);
  return result;
}

/** A stable number from an item id, so each item's gold positions do not depend on the item order. */
function idSeed(id: string, seed: number): number {
  let hash = seed >>> 0;
  for (let index = 0; index < id.length; index++)
    hash = Math.imul(hash ^ id.charCodeAt(index), 16777619) >>> 0;
  return hash;
}

/**
 * Oracle context (DESIGN §3, Q4): the same prompt with the gold passages instead of the retrieved
 * ones, and with the gold passages among the retrieved distractors. The first bounds what any
 * retrieval fix can buy; the second what perfect recall buys with today's context noise.
 */
export const oracleContextExperiment: Experiment = {
  id: 'oracle_context',
  summary: 'how much do gold passages lift accuracy? (gold only, and gold among the retrieved distractors)',
  // Retrieval changes what the model knows, not its form: a surface failure shared by both arms
  // (every answer fenced, say) must not mask the effect, as in offline Q4.
  outcome: 'lenient_correct',
  async run(context) {
    const { target } = context;
    const notRun = (reason: string): ExperimentResult => ({
      experiment: 'oracle_context',
      status: 'not_run',
      reason,
      comparisons: [],
      details: {},
    });
    if (!templateUsesContext(target.prompt.template)) {
      return notRun('the prompt template has no {{context}}: the model never sees retrieved passages');
    }
    const gold = new Map<number, ContextPassage[]>();
    let withGoldIds = 0;
    for (const index of context.order) {
      const evalCase = context.cases[index]!.evalCase;
      if ((evalCase.goldIds ?? []).length === 0) continue;
      withGoldIds++;
      const passages = goldPassages(evalCase, context.passages);
      if (passages.length > 0) gold.set(index, passages);
    }
    if (withGoldIds === 0) return notRun('no eval item names its gold passages (gold_ids)');
    if (gold.size === 0) {
      return notRun(
        `${withGoldIds} item(s) name gold passages but none has their text: add them to the item's contexts or set retrieval.corpus (a BEIR corpus.jsonl; live.corpus also works)`,
      );
    }
    const items = context.order.filter((index) => gold.has(index));
    const seed = target.live.shuffle_seed;
    const alpha = context.thresholds.alpha / 2;
    const comparisons = await runPairedRace(
      [
        {
          id: 'oracle-gold-only',
          experiment: 'oracle_context',
          label: 'gold passages only',
          description: 'the retrieved passages replaced by the gold ones',
          model: target.resolved.model,
          items,
          request: (index) =>
            taskRequest(target, context.cases[index]!.evalCase, { contexts: gold.get(index)! }),
        },
        {
          id: 'oracle-gold-plus-retrieved',
          experiment: 'oracle_context',
          label: 'gold among retrieved',
          description: 'the gold passages inserted at random positions among the retrieved (non-gold) ones',
          model: target.resolved.model,
          items,
          request: (index) => {
            const evalCase = context.cases[index]!.evalCase;
            return taskRequest(target, evalCase, {
              contexts: goldAmongRetrieved(evalCase, gold.get(index)!, idSeed(evalCase.id, seed)),
            });
          },
        },
      ],
      raceContext(context, alpha),
    );
    return {
      experiment: 'oracle_context',
      status: 'measured',
      reason: `${items.length} item(s) with gold passage text (of ${withGoldIds} naming gold ids); two comparisons at α/2 each`,
      comparisons,
      details: {
        itemsWithGoldText: items.length,
        itemsWithGoldIds: withGoldIds,
        goldMissingFromContexts: items.filter(
          (index) =>
            !gold
              .get(index)!
              .some((passage) =>
                context.cases[index]!.evalCase.contexts?.some((entry) => entry.id === passage.id),
              ),
        ).length,
      },
    };
  },
};
