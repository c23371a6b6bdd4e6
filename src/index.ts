/**
 * fixfirst as a library: the same diagnosis as `fixfirst diagnose`, for scripts, CI steps and notebooks.
 *
 * ```ts
 * import { diagnoseProject, renderMarkdown } from 'fixfirst';
 * const report = await diagnoseProject('examples/support-bot');
 * console.log(report.verdict.decision, renderMarkdown(report));
 * ```
 *
 * Everything exported here is the public API; anything reached by a deeper path may change without notice.
 */
import { readFileSync } from 'node:fs';
import type { Report } from './core/report/report.js';
import { type ProgressSink, silentProgress } from './diagnosis/assess-context.js';
import { diagnose } from './diagnosis/diagnose.js';
import { type OutputsChoice, prepareOfflineDiagnosis } from './runner/recorded-outputs.js';

/** Options of {@link diagnoseProject}. */
export interface DiagnoseProjectOptions {
  /** The date platform risk is read against and the report is stamped with (default: now). */
  today?: Date;
  /**
   * Which outputs to diagnose: the eval file's recorded ones (`eval`), those a `fixfirst run` stored (`run`), or
   * whichever the project has (`auto`, the default). Reading stored outputs makes no model call and needs no key.
   */
  outputs?: OutputsChoice;
  /** Receives phase and count updates on long work (large training sets). */
  progress?: ProgressSink;
}

/** fixfirst's version, as written into every report. */
export const version: string = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }
).version;

/**
 * Diagnoses a project folder (or its fixfirst.yaml) offline: scores and checks every recorded output, audits the
 * training set and retrieval it names, prices the options, and returns the report (the report.json document).
 * A mistake in the project throws a {@link FixfirstError} naming the file, line and field.
 */
export async function diagnoseProject(target: string, options: DiagnoseProjectOptions = {}): Promise<Report> {
  const progress = options.progress ?? silentProgress;
  const { project, outputs, dataAssessment } = await prepareOfflineDiagnosis(
    target,
    options.outputs ?? 'auto',
    {},
    { env: {}, fetch: globalThis.fetch },
    progress,
  );
  const today = options.today;
  return diagnose(project, {
    now: today === undefined ? () => new Date() : () => today,
    version,
    progress,
    ...(outputs === undefined ? {} : { outputs }),
    ...(dataAssessment === undefined ? {} : { dataAssessment }),
  });
}

export type { RunEvaluation } from './audits/retrieval/evaluate-run.js';
export { evaluateRun } from './audits/retrieval/evaluate-run.js';
export { checkAliases, contractChecks } from './checks/contract/index.js';
export { scorers } from './checks/scorers/index.js';
export type { CheckCategory, ContractCheck } from './core/check.js';
export { defineAlias, defineCheck } from './core/check.js';
export type { ProjectConfig, Thresholds } from './core/config.js';
export { projectConfigSchema } from './core/config.js';
export { FixfirstError } from './core/errors.js';
export type { Estimate } from './core/estimate.js';
export type { ChatMessage, ContextPassage, EvalCase } from './core/eval-case.js';
export type { Finding, Severity } from './core/finding.js';
export type { AuditReport } from './core/report/data-audit-report.js';
export { auditReportSchema } from './core/report/data-audit-report.js';
export type {
  CostQuestion,
  DataQuestion,
  FoundationQuestion,
  HeadroomStep,
  Report,
  SurfaceQuestion,
} from './core/report/report.js';
export { reportSchema, reportSchemaVersion } from './core/report/report.js';
export type { ScoreMode, Scorer } from './core/scorer.js';
export { defineScorer } from './core/scorer.js';
export { assessEconomics } from './cost/assess-economics.js';
export { decide } from './decision/decide.js';
export { diagnose } from './diagnosis/diagnose.js';
export { loadQrels, parseQrels } from './loaders/qrels.js';
export { loadTrecRun, parseTrecRun } from './loaders/trec-run.js';
export { auditTrainingSet } from './project/audit-training-set.js';
export { prepareProject } from './project/prepare-project.js';
export { renderJson } from './reporters/json-reporter.js';
export { renderMarkdown } from './reporters/markdown-reporter.js';
export { renderTerminal } from './reporters/terminal-reporter.js';
export type { OutputsChoice } from './runner/recorded-outputs.js';
export { fisherExact } from './stats/fisher-exact.js';
export { mcnemarMidP } from './stats/mcnemar.js';
export { newcombePaired } from './stats/newcombe-paired.js';
export { newcombeUnpaired } from './stats/newcombe-unpaired.js';
export { minimumDetectableLift } from './stats/power.js';
export { wilson } from './stats/wilson.js';
