import { createHash } from 'node:crypto';
import type { z } from 'zod';
import type { ItemResult } from '../core/report/item-result.js';
import type { LiveEvidence, outputsSourceSchema } from '../core/report/live-evidence.js';
import type { HeadroomStep, Report, SurfaceQuestion } from '../core/report/report.js';
import { reportSchemaVersion } from '../core/report/report.js';
import { decide } from '../decision/decide.js';
import { headroomWaterfall } from '../decision/headroom.js';
import { measuredOracleLift, measuredRepairLift } from '../decision/measured-lifts.js';
import { summarizeChecks, summarizeItems } from '../decision/summarize-items.js';
import { assessSurface } from '../decision/surface-question.js';
import type { PreparedProject } from '../project/prepare-project.js';
import { type ProgressSink, silentProgress } from './assess-context.js';
import { assessCost } from './assess-cost.js';
import { type DataAssessment, startDataAssessment } from './assess-data.js';
import { assessFoundation } from './assess-foundation.js';
import { evaluateItems } from './evaluate-items.js';
import { summarizeLabels } from './summarize-labels.js';

/** Where diagnosed outputs came from. */
export type OutputsSource = z.infer<typeof outputsSourceSchema>;

/** What diagnose needs from the outside world. */
export interface DiagnoseDependencies {
  /** The current time (injected so reports are reproducible in tests). */
  now: () => Date;
  /** fixfirst's version, written into the report. */
  version: string;
  progress?: ProgressSink;
  /**
   * Live mode: runs the experiments once the baseline items are scored. Their evidence flows into
   * Q1 (measured repair lift), Q3 (the fix_prompt and fix_foundation lifts it prices), Q4 (through
   * the assessment context) and the verdict.
   */
  live?: (baseline: LiveBaseline) => Promise<LiveEvidence>;
  /** Where the outputs came from, for the report (absent: the eval file). */
  outputs?: OutputsSource;
  /** Q2 started while the project loaded (`PrepareOptions.onConfig`); else it starts here. */
  dataAssessment?: DataAssessment;
}

/** What the live experiments start from: the scored baseline. */
export interface LiveBaseline {
  items: readonly ItemResult[];
  surface: SurfaceQuestion;
  headroom: readonly HeadroomStep[];
}

/**
 * Offline diagnosis: score and check every item, answer the four questions, decide the verdict.
 * Data flows one way: load → score/check → audit → decide.
 */
export async function diagnose(
  project: PreparedProject,
  dependencies: DiagnoseDependencies,
): Promise<Report> {
  const progress = dependencies.progress ?? silentProgress;
  // Q2's audit starts first: part of it runs in a second thread while the items are scored.
  const dataAssessment = dependencies.dataAssessment ?? startDataAssessment(project.loaded, progress);
  return diagnoseWith(project, dependencies, progress, dataAssessment).catch((error: unknown) => {
    dataAssessment.abandon();
    throw error;
  });
}

async function diagnoseWith(
  project: PreparedProject,
  dependencies: DiagnoseDependencies,
  progress: ProgressSink,
  dataAssessment: DataAssessment,
): Promise<Report> {
  const { config } = project.loaded;
  const thresholds = config.thresholds;
  progress.start('evaluating items', project.cases.length, 'items');
  const items = await evaluateItems(project.cases, project.scorer, (done) => progress.update(done));
  progress.finish();
  const summary = summarizeItems(items, thresholds);
  // Q4 comes before the waterfall: its foundation bar is only drawn when Q4's evidence can carry it.
  const foundation = await assessFoundation({ project, items, thresholds });
  const headroom = headroomWaterfall(items, thresholds.alpha, foundation);
  const offlineSurface = assessSurface(items, thresholds);
  const live =
    dependencies.live === undefined
      ? undefined
      : await dependencies.live({ items, surface: offlineSurface, headroom });
  const repairLift = measuredRepairLift(live);
  const surface =
    repairLift === undefined
      ? offlineSurface
      : {
          ...offlineSurface,
          measuredRepairLift: {
            value: repairLift.value,
            low: repairLift.low,
            high: repairLift.high,
            pValue: repairLift.pValue,
          },
        };
  const context = {
    project,
    items,
    headroom,
    thresholds,
    progress,
    now: dependencies.now(),
    ...(live === undefined ? {} : { live }),
  };
  const pendingData = dataAssessment.finish(project);
  const oracleLift = measuredOracleLift(live);
  // Q3 measures what needs no audit while Q2 finishes; Q2's failure is reported first, as before.
  const pendingCost = assessCost(context, pendingData, {
    ...(surface.measuredRepairLift === undefined ? {} : { measuredPromptLift: surface.measuredRepairLift }),
    ...(oracleLift === undefined
      ? {}
      : { measuredFoundationLift: { value: oracleLift.value, low: oracleLift.low, high: oracleLift.high } }),
  });
  pendingCost.catch(() => undefined);
  const data = await pendingData;
  const cost = await pendingCost;
  const verdict = decide({ summary, headroom, surface, data, cost, foundation, thresholds, live });
  const recordedLabels = summarizeLabels(items, thresholds.alpha);
  const digest = createHash('sha256');
  for (const file of project.files) digest.update(`${file.role}\0${file.path}\0${file.sha256}\n`);
  return {
    schemaVersion: reportSchemaVersion,
    tool: { name: 'fixfirst', version: dependencies.version },
    generatedAt: context.now.toISOString(),
    project: {
      task: config.task,
      mode: live === undefined ? 'offline' : 'live',
      scorer: project.scorer.id,
      contract: project.contract.map((check) => check.id),
      ...(dependencies.outputs === undefined ? {} : { outputs: dependencies.outputs }),
    },
    inputs: { digest: digest.digest('hex'), files: project.files },
    thresholds: { ...thresholds },
    verdict,
    questions: { surface, data, cost, foundation },
    summary,
    headroom,
    checks: summarizeChecks(items, thresholds.alpha),
    items,
    warnings: project.warnings,
    ...(recordedLabels.length === 0 ? {} : { recordedLabels }),
    ...(live === undefined ? {} : { live }),
  };
}
