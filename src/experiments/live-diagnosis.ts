import { FixfirstError } from '../core/errors.js';
import type { EvalCase } from '../core/eval-case.js';
import type { LiveEvidence, LiveExperiment } from '../core/report/live-evidence.js';
import type { Report } from '../core/report/report.js';
import type { ProgressSink } from '../diagnosis/assess-context.js';
import { diagnose } from '../diagnosis/diagnose.js';
import { evaluateItems, type PreparedCase } from '../diagnosis/evaluate-items.js';
import type { PreparedProject } from '../project/prepare-project.js';
import { type LiveSession, taskRequest } from '../runner/live-session.js';
import { seededRandom } from '../stats/random.js';
import type { Experiment, ExperimentContext, ExperimentResult } from './experiment-context.js';
import { passagesOf, repairChecksOf, trainingExamplesOf } from './experiment-inputs.js';
import { experiments } from './index.js';
import { shuffledIndices } from './item-order.js';
import { planLiveDiagnosis } from './live-plan.js';
import { succeedsOn } from './outcome-measure.js';

/** What a live diagnosis needs besides the project and the session. */
export interface LiveDiagnosisDependencies {
  now: () => Date;
  version: string;
  progress: ProgressSink;
}

/** What {@link diagnoseLive} returns. */
export interface LiveDiagnosisResult {
  report: Report;
  /** The eval cases with the baseline's outputs, in case order (what was diagnosed; report.html's item texts). */
  baselineCases: EvalCase[];
}

/** Runs the baseline: the project's prompt on every item. Returns the outputs in case order. */
export async function runBaseline(
  project: PreparedProject,
  session: LiveSession,
  progress: ProgressSink,
): Promise<string[]> {
  progress.start(`baseline ${session.modelString}`, project.cases.length);
  try {
    const outcomes = await session.runner.runAll(
      project.cases.map((entry) => ({
        model: session.resolved.model,
        request: taskRequest(session, entry.evalCase),
      })),
    );
    return outcomes.map((outcome) => outcome.text);
  } finally {
    progress.finish();
  }
}

/**
 * `fixfirst diagnose DIR --live`: the baseline on every item (its outputs are diagnosed exactly as
 * recorded ones would be), then the experiments on the same items in one seeded order, each stopping
 * early when its anytime-valid interval is conclusive. Their evidence flows into Q1, Q3, Q4 and the
 * verdict. Budget refusals stop experiments, not the report; interruptions propagate (calls made
 * so far are saved).
 */
export async function diagnoseLive(
  project: PreparedProject,
  session: LiveSession,
  dependencies: LiveDiagnosisDependencies,
): Promise<LiveDiagnosisResult> {
  const outputs = await runBaseline(project, session, dependencies.progress);
  const cases: PreparedCase[] = project.cases.map((entry, index) => ({
    ...entry,
    evalCase: { ...entry.evalCase, output: outputs[index] },
  }));
  const withOutputs: PreparedProject = { ...project, cases };
  const live = session.live;
  const wanted = new Set(live.experiments);
  const report = await diagnose(withOutputs, {
    now: dependencies.now,
    version: dependencies.version,
    progress: dependencies.progress,
    outputs: { source: 'live', model: session.modelString },
    live: async ({ items }) => {
      const training = await trainingExamplesOf(project);
      const evaluate = async (index: number, output: string) => {
        const entry = cases[index]!;
        const [result] = await evaluateItems(
          [{ ...entry, evalCase: { ...entry.evalCase, output } }],
          project.scorer,
        );
        return result!;
      };
      const shared: Omit<ExperimentContext, 'outcome' | 'score' | 'baselinePass'> = {
        cases,
        baselineItems: items,
        baselineOutputs: outputs,
        order: shuffledIndices(cases.length, seededRandom(live.shuffle_seed)),
        target: session,
        runner: session.runner,
        optimizer:
          live.optimizer_model === undefined
            ? session.resolved.model
            : session.addModel(live.optimizer_model),
        thresholds: project.loaded.config.thresholds,
        task: project.loaded.config.task,
        repairChecks: repairChecksOf(project),
        passages: passagesOf(project, live.corpus),
        trainingExamples: training.examples,
        trainingNote: training.note,
      };
      // Each experiment is scored on the outcome measure it declares, baseline and candidate alike.
      const contextFor = (experiment: Experiment): ExperimentContext => ({
        ...shared,
        outcome: experiment.outcome,
        score: async (index, output) => succeedsOn(await evaluate(index, output), experiment.outcome),
        baselinePass: (index) => succeedsOn(items[index]!, experiment.outcome),
      });
      const chosen = experiments.filter((experiment) => wanted.has(experiment.id));
      // The progress total is the dry-run plan's "at most" (cached calls count: they end too);
      // early stopping usually ends below it.
      const plan = await planLiveDiagnosis(project, session, {
        countTokens: () => 0,
        isCached: () => false,
        loaded: { passages: shared.passages, examples: training.examples },
      });
      const planned = plan.steps.slice(1).reduce((sum, step) => sum + step.calls + step.cached, 0);
      dependencies.progress.start(
        `experiments (${chosen.map((experiment) => experiment.id).join(', ')})`,
        planned > 0 ? planned : undefined,
      );
      let results: LiveExperiment[];
      try {
        results = await Promise.all(
          chosen.map(async (experiment): Promise<LiveExperiment> => {
            let result: ExperimentResult;
            try {
              result = await experiment.run(contextFor(experiment));
            } catch (error) {
              if (!(FixfirstError.isInstance(error) && error.code === 'BUDGET_EXCEEDED')) throw error;
              result = {
                experiment: experiment.id,
                status: 'not_run',
                reason: `stopped by the cost cap before any comparison: ${error.message}`,
                comparisons: [],
                details: { budget: true },
              };
            }
            const { experiment: id, ...rest } = result;
            return { experiment: id, outcome: experiment.outcome, ...rest };
          }),
        );
      } finally {
        dependencies.progress.finish();
      }
      const { stats } = session.runner;
      const evidence: LiveEvidence = {
        model: session.modelString,
        endpoint: session.resolved.model.endpoint,
        baselineItems: cases.length,
        seed: live.shuffle_seed,
        batchSize: live.batch_size,
        minLift: project.loaded.config.thresholds.min_lift,
        alpha: project.loaded.config.thresholds.alpha,
        spend: {
          calls: stats.calls,
          cachedCalls: stats.cached,
          retries: stats.retries,
          inputTokens: stats.inputTokens,
          outputTokens: stats.outputTokens,
          costUsd: session.price === undefined ? null : stats.costUsd,
          capUsd: session.budget.capUsd ?? null,
          priceSource: session.price?.source ?? null,
        },
        stoppedByBudget: results.some(
          (result) =>
            result.details.budget === true ||
            result.comparisons.some((comparison) => comparison.stop === 'budget'),
        ),
        experiments: results,
      };
      return evidence;
    },
  });
  return { report, baselineCases: cases.map((entry) => entry.evalCase) };
}
