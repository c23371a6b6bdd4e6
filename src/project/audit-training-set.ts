import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { toAuditReport } from '../audits/data/audit-report.js';
import { dataAudits } from '../audits/data/index.js';
import {
  type AuditPartition,
  collectAuditPartition,
  type DataAuditResult,
  finishDataAudit,
} from '../audits/data/run-data-audit.js';
import { encodingForModel } from '../audits/data/tokenizer.js';
import type { AuditSettings } from '../core/config-audit.js';
import type { EvalText, TargetCheck } from '../core/data-audit.js';
import { type ErrorCode, FixfirstError, type SourceLocation } from '../core/errors.js';
import { inputText } from '../core/eval-case.js';
import type { AuditReport } from '../core/report/data-audit-report.js';
import { type ProgressSink, silentProgress } from '../diagnosis/assess-context.js';
import { loadEvalSet } from '../loaders/eval-set.js';
import {
  type FormatOverride,
  openTrainingSet,
  type TrainingSource,
} from '../loaders/training/training-set.js';
import { loadTokenCounter } from '../tokenizer/load-token-counter.js';
import type { AuditWorkerInput, WorkerProgress } from './audit-worker.js';

/**
 * Audits run in the worker thread on large files: the costliest ones that need neither the
 * tokenizer nor the contract checks. Measured on 100,000 generated rows: 3.5 s of CPU for these, 2.5 s
 * for the others plus 2.4 s of token counting; at a million rows the two threads are close.
 */
const workerAudits = ['near_duplicates', 'conflicting_targets', 'eval_leakage'];

/** How a worker that could not run says so (its audits then run on the main thread). */
const workerStartFailure = 'audit worker failed';

/** Runs a partition of the audits in a worker thread (src/project/audit-worker.ts). */
function runWorker(
  input: AuditWorkerInput,
  onProgress: (event: WorkerProgress) => void,
): Promise<AuditPartition> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./audit-worker.js', import.meta.url), { workerData: input });
    worker.on(
      'message',
      (message: {
        progress?: WorkerProgress;
        partition?: AuditPartition;
        error?: { code: string; message: string; location?: SourceLocation; hint?: string };
      }) => {
        if (message.progress !== undefined) {
          onProgress(message.progress);
          return;
        }
        void worker.terminate();
        if (message.partition !== undefined) resolve(message.partition);
        else {
          const error = message.error!;
          reject(
            new FixfirstError(error.code as ErrorCode, error.message, {
              location: error.location,
              hint: error.hint,
            }),
          );
        }
      },
    );
    worker.once('error', (error) =>
      reject(new FixfirstError('INTERNAL', `${workerStartFailure}: ${error.message}`, { cause: error })),
    );
  });
}

/**
 * One progress display for two threads: the main thread's steps show while it works; the worker's
 * current step is remembered and shown from the moment the main thread's audits are done, so the
 * display keeps moving until the whole audit is.
 */
class ProgressRelay {
  private mainDone = false;
  private workerStep: { label: string; total: number | undefined; unit?: string; done: number } | undefined;

  constructor(private readonly display: ProgressSink) {}

  fromWorker(event: WorkerProgress): void {
    if (event.kind === 'start') {
      this.workerStep = { label: event.label, total: event.total, unit: event.unit, done: 0 };
      if (this.mainDone) this.display.start(event.label, event.total, event.unit);
    } else if (event.kind === 'update') {
      if (this.workerStep !== undefined) {
        this.workerStep.done = event.done;
        if (event.total !== undefined) this.workerStep.total = event.total;
      }
      if (this.mainDone) this.display.update(event.done, event.total);
    } else {
      this.workerStep = undefined;
      if (this.mainDone) this.display.finish();
    }
  }

  /** The main thread's audits are done: show the worker's step from now on. */
  mainFinished(): void {
    this.mainDone = true;
    const step = this.workerStep;
    if (step === undefined) return;
    this.display.start(step.label, step.total, step.unit);
    this.display.update(step.done, step.total);
  }
}

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
 * `fixfirst diagnose`, so all three see the same findings.
 */
export async function auditTrainingSet(options: AuditTrainingOptions): Promise<AuditedTrainingSet> {
  const { settings } = options;
  const source = await openTrainingSet({
    path: options.path,
    shownAs: options.shownAs,
    override: options.override,
    maxLineBytes: settings.max_line_bytes,
  });
  const model = settings.model ?? options.model ?? defaultAuditModel;
  const picked = await encodingForModel(model);
  const encoding = settings.encoding ?? picked.encoding;
  const tokenizer = await loadTokenCounter(encoding);
  // Short audits show nothing anyway: the display only draws steps that last (src/cli/progress.ts).
  const progress = options.progress;
  const relay = new ProgressRelay(progress);
  const parallel =
    settings.threads >= 2 && availableParallelism() >= 2 && source.totalBytes >= settings.parallel_min_bytes;
  const workerIds = parallel
    ? workerAudits.filter(
        (id) => dataAudits.some((audit) => audit.id === id) && !settings.disable.includes(id),
      )
    : [];
  const worker =
    workerIds.length > 0
      ? runWorker(
          {
            path: options.path,
            shownAs: options.shownAs,
            override: options.override,
            settings,
            evalItems: [...options.evalItems],
            auditIds: workerIds,
            progress: progress !== silentProgress,
          },
          (event) => relay.fromWorker(event),
        )
      : undefined;
  const main = collectAuditPartition({
    source,
    settings,
    tokenizer,
    contract: options.contract,
    evalItems: options.evalItems,
    progress,
    exactTokens: options.exactTokens,
    audits: dataAudits.filter((audit) => !workerIds.includes(audit.id)),
  }).then((partition) => {
    relay.mainFinished();
    return partition;
  });
  // A worker that cannot start (e.g. run from the TypeScript sources, where there is no compiled
  // audit-worker.js) is no reason to fail: its audits then run here, after the others.
  const inThread = async () => {
    try {
      return await worker!;
    } catch (error) {
      if (!FixfirstError.isInstance(error) || !error.message.startsWith(workerStartFailure)) throw error;
      return collectAuditPartition({
        source,
        settings,
        tokenizer,
        contract: [],
        evalItems: options.evalItems,
        progress,
        audits: dataAudits.filter((audit) => workerIds.includes(audit.id)),
        countTokens: false,
        progressName: 'similarity checks',
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
  const evalSet = loadEvalSet({ path, shownAs, format, requireOutput: false, requireReference: false });
  return evalSet.cases.map((evalCase) => ({
    id: evalCase.id,
    line: evalCase.line,
    text: inputText(evalCase.input),
  }));
}
