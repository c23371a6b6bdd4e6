import { parentPort, workerData } from 'node:worker_threads';
import { collectAuditPartition } from '../audits/data/run-data-audit.js';
import type { AuditSettings } from '../core/config-audit.js';
import type { EvalText } from '../core/data-audit.js';
import { FixfirstError } from '../core/errors.js';
import { type ProgressSink, silentProgress } from '../diagnosis/assess-context.js';
import { type FormatOverride, openTrainingSet } from '../loaders/training/training-set.js';
import { type WorkerShare, workerAudits, workerShareLabel } from './worker-share.js';

/** What the main thread sends: the file, the settings and which audits this thread runs. */
export interface AuditWorkerInput {
  path: string;
  shownAs: string;
  override: FormatOverride;
  settings: AuditSettings;
  /** The eval items, for a share whose audits read them (the leakage check in `similarity`). */
  evalItems?: EvalText[];
  /** Which audits this thread runs. */
  share: WorkerShare;
  /** Send progress messages (when the main thread shows progress). */
  progress: boolean;
}

/** A progress event sent by the worker (see `ProgressSink`). */
export type WorkerProgress =
  | { kind: 'start'; label: string; total: number | undefined; unit: string | undefined }
  | { kind: 'update'; done: number; total: number | undefined }
  | { kind: 'finish' };

/**
 * A worker thread running a partition of the audits over its own read of the file (see
 * `auditTrainingSet`). It needs no tokenizer and no contract checks: those stay on the main thread.
 */
async function run(input: AuditWorkerInput) {
  const audits = workerAudits(input.share, input.settings);
  if (input.evalItems === undefined && audits.some((audit) => audit.needs?.includes('eval')))
    throw new FixfirstError('INTERNAL', `the ${input.share} audits need the eval items and got none`);
  const source = await openTrainingSet({
    path: input.path,
    shownAs: input.shownAs,
    override: input.override,
    maxLineBytes: input.settings.max_line_bytes,
  });
  return collectAuditPartition({
    source,
    settings: input.settings,
    tokenizer: { encoding: 'none', count: () => 0 },
    contract: [],
    evalItems: input.evalItems ?? [],
    progress: input.progress ? postedProgress : silentProgress,
    audits,
    countTokens: false,
    progressName: workerShareLabel(input.share),
  });
}

/** Sends progress to the main thread, which shows it once its own audits are done. */
const postedProgress: ProgressSink = {
  start: (label, total, unit) => parentPort?.postMessage({ progress: { kind: 'start', label, total, unit } }),
  update: (done, total) => parentPort?.postMessage({ progress: { kind: 'update', done, total } }),
  finish: () => parentPort?.postMessage({ progress: { kind: 'finish' } }),
};

run(workerData as AuditWorkerInput).then(
  (partition) => parentPort?.postMessage({ partition }),
  (error: unknown) =>
    parentPort?.postMessage({
      error: FixfirstError.isInstance(error)
        ? { code: error.code, message: error.message, location: error.location, hint: error.hint }
        : {
            code: 'INTERNAL',
            message: error instanceof Error ? (error.stack ?? error.message) : String(error),
          },
    }),
);
