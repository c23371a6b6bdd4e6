import { toAuditReport } from '../audits/data/audit-report.js';
import { dataAudits } from '../audits/data/index.js';
import {
  collectAuditPartition,
  type DataAuditResult,
  finishDataAudit,
} from '../audits/data/run-data-audit.js';
import { encodingForModel } from '../audits/data/tokenizer.js';
import type { AuditSettings } from '../core/config-audit.js';
import type { EvalText, TargetCheck } from '../core/data-audit.js';
import { FixfirstError } from '../core/errors.js';
import { type EvalCase, inputText } from '../core/eval-case.js';
import type { AuditReport } from '../core/report/data-audit-report.js';
import type { ProgressSink } from '../diagnosis/assess-context.js';
import { loadEvalSet } from '../loaders/eval-set.js';
import {
  type FormatOverride,
  openTrainingSet,
  type TrainingSource,
} from '../loaders/training/training-set.js';
import { loadTokenCounter } from '../tokenizer/load-token-counter.js';
import {
  type AuditWorker,
  auditWorkerInput,
  ProgressRelay,
  startAuditWorker,
  twoThreads,
  workerStartFailure,
} from './start-audit-worker.js';
import { type WorkerShare, workerAudits, workerShareLabel } from './worker-share.js';

/** The model whose tokenizer counts tokens when nothing names one. */
export const defaultAuditModel = 'gpt-4o-mini';

/** What one audit of a training set needs. */
export interface AuditTrainingOptions {
  /** Absolute (or cwd-relative) path of the training set. */
  path: string;
  /** As the user wrote it. */
  shownAs: string;
  override: FormatOverride;
  settings: AuditSettings;
  /** Model to fine-tune (picks the tokenizer); `audit.model` wins over it. */
  model: string | undefined;
  contract: readonly TargetCheck[];
  evalItems: readonly EvalText[];
  exactTokens: boolean;
  progress: ProgressSink;
  version: string;
  /** A worker started earlier with the same file and settings (diagnose: `startDataAssessment`). */
  worker?: StartedAuditWorker;
}

/** A worker already running a share of the audits, and the progress relay it reports to. */
export interface StartedAuditWorker {
  audit: AuditWorker;
  share: WorkerShare;
  relay: ProgressRelay;
}

/** The audit, its JSON document, and the opened source (clean reads it again). */
export interface AuditedTrainingSet {
  result: DataAuditResult;
  report: AuditReport;
  source: TrainingSource;
}

/**
 * Audits a training set: opens it (streaming), picks the tokenizer for the model, runs every data
 * audit, and builds the JSON document. Shared by `fixfirst audit`, `fixfirst clean` and Q2 of
 * `fixfirst diagnose`, so all three see the same findings. Large files (`audit.parallel_min_bytes`)
 * run the similarity audits in a worker thread; `options.worker` is one started before.
 */
export async function auditTrainingSet(options: AuditTrainingOptions): Promise<AuditedTrainingSet> {
  const { settings } = options;
  const source = await openTrainingSet({
    path: options.path,
    shownAs: options.shownAs,
    override: options.override,
    maxLineBytes: settings.max_line_bytes,
  });
  let worker = options.worker;
  if (worker === undefined && twoThreads(settings) && source.totalBytes >= settings.parallel_min_bytes) {
    const relay = new ProgressRelay(options.progress);
    worker = {
      audit: startAuditWorker(auditWorkerInput(options, 'similarity'), relay),
      share: 'similarity',
      relay,
    };
  }
  return runAudit(options, source, worker);
}

/** The main thread's share of the audit, the worker's (or, when it cannot start, its audits here), merged. */
async function runAudit(
  options: AuditTrainingOptions,
  source: TrainingSource,
  worker: StartedAuditWorker | undefined,
): Promise<AuditedTrainingSet> {
  const { settings, progress } = options;
  const inWorker = worker === undefined ? [] : workerAudits(worker.share, settings);
  const model = settings.model ?? options.model ?? defaultAuditModel;
  const picked = await encodingForModel(model);
  const encoding = settings.encoding ?? picked.encoding;
  const tokenizer = await loadTokenCounter(encoding);
  const main = collectAuditPartition({
    source,
    settings,
    tokenizer,
    contract: options.contract,
    evalItems: options.evalItems,
    progress,
    exactTokens: options.exactTokens,
    audits: dataAudits.filter((audit) => !inWorker.includes(audit)),
  }).then((partition) => {
    worker?.relay.mainFinished();
    return partition;
  });
  // A worker that cannot start (e.g. run from the TypeScript sources, where there is no compiled
  // audit-worker.js) is no reason to fail: its audits then run here, after the others.
  const inThread = async () => {
    try {
      return await worker!.audit.partition;
    } catch (error) {
      if (!FixfirstError.isInstance(error) || !error.message.startsWith(workerStartFailure)) throw error;
      await main;
      return collectAuditPartition({
        source,
        settings,
        tokenizer,
        contract: [],
        evalItems: options.evalItems,
        progress,
        audits: inWorker,
        countTokens: false,
        progressName: workerShareLabel(worker!.share),
      });
    }
  };
  const partitions = await Promise.all(worker === undefined ? [main] : [main, inThread()]);
  const result = finishDataAudit(partitions, settings);
  const report = toAuditReport(
    result,
    {
      file: options.shownAs,
      format: source.recordFormat,
      fileFormat: source.fileFormat,
      formatOrigin: source.formatOrigin,
      model: { name: model, encoding, exactTokenizer: picked.known || settings.encoding !== undefined },
      version: options.version,
    },
    settings,
  );
  return { result, report, source };
}

/** The eval items of an eval file, for the leakage check (outputs and references not needed). */
export function loadEvalTexts(path: string, shownAs: string, format?: string): EvalText[] {
  return evalTexts(
    loadEvalSet({ path, shownAs, format, requireOutput: false, requireReference: false }).cases,
  );
}

/** What the leakage check reads of eval items: their id, line and input text. */
export function evalTexts(cases: readonly EvalCase[]): EvalText[] {
  return cases.map((evalCase) => ({ id: evalCase.id, line: evalCase.line, text: inputText(evalCase.input) }));
}
