import type { CheckSpec, ContextPassage } from '../core/eval-case.js';
import { type ShotExample, templateUsesContext } from '../core/render-prompt.js';
import type { PreparedProject } from '../project/prepare-project.js';
import type { CallRequest } from '../runner/call-key.js';
import { countStep, type PlannedStep, promptTokens, type TokenCounter } from '../runner/call-plan.js';
import { type LiveTarget, taskRequest } from '../runner/live-session.js';
import { minimumDetectableLift } from '../stats/power.js';
import { passagesOf, trainingExamplesOf } from './experiment-inputs.js';
import { searchSplit } from './item-order.js';
import { goldAmongRetrieved, goldPassages } from './oracle-context.js';

/** Tokens the deterministic repair adds to a system prompt, assumed (its text depends on the baseline). */
const repairRuleTokens = 150;
/** An optimizer request: the prompt, the contract and four failures, assumed. */
const optimizerInputTokens = 2_000;

/** One comparison family's items and the smallest lift it could reliably detect. */
export interface PlannedPower {
  experiment: string;
  items: number;
  comparisons: number;
  minimumDetectableLift: number;
}

/** The dry-run plan of `diagnose --live`: steps to count and the power of each experiment. */
export interface LivePlan {
  steps: PlannedStep[];
  power: PlannedPower[];
}

function scaled(
  label: string,
  base: PlannedStep,
  calls: number,
  extraInputPerCall: number,
  note: string,
): PlannedStep {
  const perCallInput = base.calls === 0 ? 0 : base.inputTokens / base.calls;
  const perCallOutput = base.calls === 0 ? 0 : base.outputTokensMax / base.calls;
  return {
    label,
    calls,
    cached: 0,
    inputTokens: Math.round(calls * (perCallInput + extraInputPerCall)),
    outputTokensMax: Math.round(calls * perCallOutput),
    note,
  };
}

/**
 * What `diagnose --live` would spend, at most: the baseline on every item, then every experiment
 * run to the end of its items (early stopping usually spends less). Calls already in the cache are
 * free. Token counts for prompts whose text depends on the baseline's results (repairs, rewrites)
 * are estimates and say so.
 */
export async function planLiveDiagnosis(
  project: PreparedProject,
  target: LiveTarget,
  options: {
    countTokens: TokenCounter;
    isCached: (request: CallRequest) => boolean;
    /** Passages and training examples already loaded (a live run has them; a dry run reads them). */
    loaded?: { passages: ReadonlyMap<string, ContextPassage>; examples: readonly ShotExample[] | undefined };
  },
): Promise<LivePlan> {
  const { countTokens, isCached, loaded } = options;
  const cases = project.cases.map((entry) => entry.evalCase);
  const n = cases.length;
  const alpha = project.loaded.config.thresholds.alpha;
  const wanted = new Set(target.live.experiments);
  const baselineRequests = cases.map((evalCase) => taskRequest(target, evalCase));
  const baseline = countStep('baseline', baselineRequests, countTokens, isCached);
  // Per-call averages come from all baseline requests, cached or not.
  const allBaseline = countStep('baseline (all)', baselineRequests, countTokens);
  const steps: PlannedStep[] = [baseline];
  const power: PlannedPower[] = [];
  const mde = (items: number, comparisons: number) => minimumDetectableLift(items, 0.2, alpha / comparisons);

  if (wanted.has('prompt_repair')) {
    const { search, heldOut } = searchSplit(cases.map((_, index) => index));
    const screen = Math.min(30, search.length) * 3;
    const contract: CheckSpec[] = project.loaded.config.contract;
    steps.push(
      scaled(
        'repair: deterministic',
        allBaseline,
        n,
        repairRuleTokens,
        'only if the baseline shows surface or contract failures; estimate',
      ),
      {
        label: 'repair: 3 rewrites',
        calls: 3,
        cached: 0,
        inputTokens: optimizerInputTokens * 3 + contract.length * 30,
        outputTokensMax: 3 * 1024,
        note: `${target.live.optimizer_model ?? target.modelString}; estimate`,
      },
      scaled(
        'repair: screen rewrites',
        allBaseline,
        screen,
        repairRuleTokens * 2,
        `3 × ${Math.min(30, search.length)} search items; estimate`,
      ),
      scaled(
        'repair: confirm rewrite',
        allBaseline,
        heldOut.length,
        repairRuleTokens * 2,
        'held-out items; estimate',
      ),
    );
    power.push({ experiment: 'prompt_repair', items: n, comparisons: 2, minimumDetectableLift: mde(n, 2) });
  }

  if (wanted.has('oracle_context') && templateUsesContext(target.prompt.template)) {
    const passages = loaded?.passages ?? passagesOf(project, target.live.corpus);
    const goldOnly: CallRequest[] = [];
    const mixed: CallRequest[] = [];
    for (const evalCase of cases) {
      const gold = goldPassages(evalCase, passages);
      if (gold.length === 0) continue;
      goldOnly.push(taskRequest(target, evalCase, { contexts: gold }));
      mixed.push(taskRequest(target, evalCase, { contexts: goldAmongRetrieved(evalCase, gold, 0) }));
    }
    if (goldOnly.length > 0) {
      steps.push(countStep('oracle: gold only', goldOnly, countTokens, isCached));
      steps.push(
        countStep(
          'oracle: gold among retrieved',
          mixed,
          countTokens,
          undefined,
          'positions vary by seed; tokens exact',
        ),
      );
      power.push({
        experiment: 'oracle_context',
        items: goldOnly.length,
        comparisons: 2,
        minimumDetectableLift: mde(goldOnly.length, 2),
      });
    }
  }

  if (wanted.has('k_shot')) {
    const examples = loaded === undefined ? (await trainingExamplesOf(project)).examples : loaded.examples;
    if (examples !== undefined && examples.length > 0) {
      const sample = examples.slice(0, 200);
      const perExample =
        sample.reduce(
          (sum, example) =>
            sum +
            promptTokens(
              {
                prompt: [
                  { role: 'user', content: example.input },
                  { role: 'assistant', content: example.output },
                ],
              },
              countTokens,
            ),
          0,
        ) / sample.length;
      const ks = [...new Set(target.live.k_shot)].filter((k) => k <= examples.length).sort((a, b) => a - b);
      for (const k of ks) {
        for (const mode of ['random', 'nearest']) {
          steps.push(
            scaled(
              `k-shot: ${k} ${mode}`,
              allBaseline,
              n,
              k * perExample,
              `${k} examples ≈ ${Math.round(k * perExample)} tokens`,
            ),
          );
        }
      }
      if (ks.length > 0)
        power.push({
          experiment: 'k_shot',
          items: n,
          comparisons: ks.length * 2,
          minimumDetectableLift: mde(n, ks.length * 2),
        });
    }
  }
  return { steps, power };
}
