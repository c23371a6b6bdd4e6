import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { AuditPartition } from '../audits/data/run-data-audit.js';
import type { AuditSettings } from '../core/config-audit.js';
import type { EvalText } from '../core/data-audit.js';
import { type ErrorCode, FixfirstError, type SourceLocation } from '../core/errors.js';
import { type ProgressSink, silentProgress } from '../diagnosis/assess-context.js';
import type { AuditWorkerInput, WorkerProgress } from './audit-worker.js';
import type { WorkerShare } from './worker-share.js';

// Apart from audit-training-set.ts so that diagnose can start the worker before the audits load.

/** How a worker that could not run says so (its audits then run on the main thread). */
export const workerStartFailure = 'audit worker failed';

/** A worker thread running a partition of the audits (src/project/audit-worker.ts). */
export interface AuditWorker {
  partition: Promise<AuditPartition>;
  /** Lets the process exit while the worker runs (diagnose may stop before it needs the audit). */
  unref(): void;
  ref(): void;
  /** Stops the worker (its partition is no longer wanted). */
  stop(): void;
}

/** Starts a partition of the audits in a worker thread. */
export function startAuditWorker(input: AuditWorkerInput, relay: ProgressRelay): AuditWorker {
  const worker = new Worker(new URL('./audit-worker.js', import.meta.url), { workerData: input });
  const partition = new Promise<AuditPartition>((resolve, reject) => {
    worker.on(
      'message',
      (message: {
        progress?: WorkerProgress;
        partition?: AuditPartition;
        error?: { code: string; message: string; location?: SourceLocation; hint?: string };
      }) => {
        if (message.progress !== undefined) {
          relay.fromWorker(message.progress);
          return;
        }
        // The worker ends by itself once it has replied (and written its code cache, src/cli/code-cache.ts).
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
    // A worker that ends without a reply (stopped, or `process.exit` in a user's module) must not
    // leave the audit waiting; after a reply this rejection changes nothing.
    worker.once('exit', (code) =>
      reject(new FixfirstError('INTERNAL', `audit worker ended (exit code ${code}) without a result`)),
    );
  });
  // Awaited (and its failure reported) by the audit's finish; until then a failure is only kept.
  partition.catch(() => undefined);
  return {
    partition,
    unref: () => worker.unref(),
    ref: () => worker.ref(),
    stop: () => void worker.terminate(),
  };
}

/**
 * One progress display for two threads: the main thread's steps show while it works; the worker's
 * current step is remembered and shown from the moment the main thread's audits are done, so the
 * display keeps moving until the whole audit is.
 */
export class ProgressRelay {
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

/** Whether `audit.threads` and the machine allow a second thread. */
export function twoThreads(settings: AuditSettings): boolean {
  return settings.threads >= 2 && availableParallelism() >= 2;
}

/** What a worker needs to audit a share of a training set. */
export function auditWorkerInput(
  options: Pick<AuditWorkerInput, 'path' | 'shownAs' | 'override' | 'settings'> & {
    /** Absent for a share whose audits do not read them. */
    evalItems?: readonly EvalText[];
    progress: ProgressSink;
  },
  share: WorkerShare,
): AuditWorkerInput {
  return {
    path: options.path,
    shownAs: options.shownAs,
    override: options.override,
    settings: options.settings,
    ...(options.evalItems === undefined ? {} : { evalItems: [...options.evalItems] }),
    share,
    progress: options.progress !== silentProgress,
  };
}
