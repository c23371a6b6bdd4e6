import { createHash } from 'node:crypto';
import type { Report } from '../core/report/report.js';
import { reportSchemaVersion } from '../core/report/report.js';
import { decide } from '../decision/decide.js';
import { headroomWaterfall } from '../decision/headroom.js';
import { summarizeChecks, summarizeItems } from '../decision/summarize-items.js';
import { assessSurface } from '../decision/surface-question.js';
import type { PreparedProject } from '../project/prepare-project.js';
import { type ProgressSink, silentProgress } from './assess-context.js';
import { assessCost } from './assess-cost.js';
import { assessData } from './assess-data.js';
import { assessFoundation } from './assess-foundation.js';
import { evaluateItems } from './evaluate-items.js';

/** What diagnose needs from the outside world. */
export interface DiagnoseDependencies {
  /** The current time (injected so reports are reproducible in tests). */
  now: () => Date;
  /** fixfirst's version, written into the report. */
  version: string;
  progress?: ProgressSink;
}

/**
 * Offline diagnosis: score and check every item, answer the four questions, decide the verdict.
 * Data flows one way: load → score/check → audit → decide.
 */
export async function diagnose(
  project: PreparedProject,
  dependencies: DiagnoseDependencies,
): Promise<Report> {
  const { config } = project.loaded;
  const thresholds = config.thresholds;
  const items = await evaluateItems(project.cases, project.scorer);
  const summary = summarizeItems(items, thresholds);
  const headroom = headroomWaterfall(items, thresholds.alpha);
  const surface = assessSurface(items, thresholds);
  const progress = dependencies.progress ?? silentProgress;
  const context = { project, items, headroom, thresholds, progress, now: dependencies.now() };
  const data = await assessData(context);
  const foundation = await assessFoundation(context);
  const cost = await assessCost(context, data, { measuredPromptLift: surface.measuredRepairLift });
  const verdict = decide({ summary, headroom, surface, data, cost, foundation, thresholds });
  const digest = createHash('sha256');
  for (const file of project.files) digest.update(`${file.role}\0${file.path}\0${file.sha256}\n`);
  return {
    schemaVersion: reportSchemaVersion,
    tool: { name: 'fixfirst', version: dependencies.version },
    generatedAt: context.now.toISOString(),
    project: {
      task: config.task,
      mode: 'offline',
      scorer: project.scorer.id,
      contract: project.contract.map((check) => check.id),
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
  };
}
