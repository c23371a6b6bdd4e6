import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync } from 'node:fs';
import { resolve } from 'node:path';
import { referenceFormat, referencePath } from '../core/config.js';
import { defaultAuditSettings } from '../core/config-audit.js';
import type { DataQuestion } from '../core/report/report.js';
import { type FormatOverride, parseFormatOverride } from '../loaders/training/training-set.js';
import type { AuditedTrainingSet, StartedAuditWorker } from '../project/audit-training-set.js';
import { cleanCommandFor } from '../project/clean-command.js';
import { displayPath } from '../project/display-path.js';
import type { LoadedConfig } from '../project/load-config.js';
import type { PreparedProject } from '../project/prepare-project.js';
import {
  auditWorkerInput,
  ProgressRelay,
  startAuditWorker,
  twoThreads,
} from '../project/start-audit-worker.js';
import type { ProgressSink } from './assess-context.js';

/** Findings carried in report.json (errors first); `findingsTotal` has the full count. */
const maxReportFindings = 50;

/**
 * sha256 and size of a file, read in chunks (a training set may not fit in memory). The chunk is
 * small: a 4 MB buffer here, on top of the readers' own, set off a full garbage collection (25 ms
 * on the example, after Q2 had finished).
 */
function streamDigest(path: string): { sha256: string; bytes: number } {
  const hash = createHash('sha256');
  const descriptor = openSync(path, 'r');
  const buffer = Buffer.allocUnsafe(256 * 1024);
  let bytes = 0;
  try {
    for (;;) {
      const read = readSync(descriptor, buffer, 0, buffer.length, null);
      if (read === 0) break;
      hash.update(buffer.subarray(0, read));
      bytes += read;
    }
  } finally {
    closeSync(descriptor);
  }
  return { sha256: hash.digest('hex'), bytes };
}

/** Q2 under way: part of the audit may already run in a worker thread. */
export interface DataAssessment {
  /** The rest of the audit (the parts that need the eval set, the contract or token counts), and Q2. */
  finish(project: PreparedProject): Promise<DataQuestion>;
  /** Diagnosis stopped before Q2 (a bad input): the worker stops too, in a library user's process as well. */
  abandon(): void;
}

/**
 * Q2: the training-data audit of `fixfirst audit`, run on the set named by `train:` with the
 * project's output contract and its eval set (for leakage). Feeds the verdict through `status`
 * and `reasons` (decide.ts). Started as soon as the config is read (`PrepareOptions.onConfig`):
 * the audits that need no token counts, contract or eval items run in a second thread while the
 * main thread loads and scores the eval set (`alongside`); the rest run in `finish`.
 */
export function startDataAssessment(loaded: LoadedConfig, progress: ProgressSink): DataAssessment {
  const { config } = loaded;
  const train = config.train;
  if (train === undefined) {
    return settled(
      Promise.resolve({
        status: 'not_assessed',
        reason: 'no training set: name one with `train:` in fixfirst.yaml',
      }),
    );
  }
  const trainPath = referencePath(train);
  const path = resolve(loaded.dir, trainPath);
  const shownAs = displayPath(path);
  const settings = config.audit ?? defaultAuditSettings();
  let override: FormatOverride;
  try {
    override = parseFormatOverride(referenceFormat(train), 'train.format');
  } catch (error) {
    return settled(Promise.reject(error));
  }
  const audit = { path, shownAs, override, settings, progress };
  const relay = new ProgressRelay(progress);
  const worker: StartedAuditWorker | undefined = twoThreads(settings)
    ? {
        audit: startAuditWorker(auditWorkerInput(audit, 'alongside'), relay),
        share: 'alongside',
        relay,
      }
    : undefined;
  // Until finish, the worker does not hold the process: diagnose may stop before it needs Q2.
  worker?.audit.unref();
  return {
    abandon: () => worker?.audit.stop(),
    async finish(project) {
      worker?.audit.ref();
      // The audits (and franc's language tables) load only for projects that name a training set.
      const { auditTrainingSet, evalTexts } = await import('../project/audit-training-set.js');
      const audited = await auditTrainingSet({
        ...audit,
        evalItems: evalTexts(project.cases.map(({ evalCase }) => evalCase)),
        model: config.model,
        contract: project.contract,
        exactTokens: false,
        version: '',
        ...(worker === undefined ? {} : { worker }),
      });
      return dataQuestion(project, path, shownAs, audited);
    },
  };
}

/** A Q2 known without an audit (no training set, or a bad `train.format`). */
function settled(answer: Promise<DataQuestion>): DataAssessment {
  // Reported by finish, in the order the questions are answered.
  answer.catch(() => undefined);
  return { abandon: () => undefined, finish: () => answer };
}

/** Q2's answer from the audit. */
function dataQuestion(
  project: PreparedProject,
  path: string,
  shownAs: string,
  { report }: AuditedTrainingSet,
): DataQuestion {
  // The training set is an input of the report: its digest joins the others (streamed, not loaded).
  project.files.push({ role: 'train', path: shownAs, ...streamDigest(path) });
  const { readiness } = report;
  const blocking = readiness.reasons.filter((reason) => reason.severity === 'error');
  const reason =
    readiness.status === 'ready'
      ? `no blocking problem in ${report.examples} examples${readiness.reasons.length > 0 ? ` (${readiness.reasons.length} warning(s))` : ''}`
      : `${blocking.length} blocking problem(s) in ${report.rows} rows; first: ${blocking[0]?.text ?? ''}`;
  return {
    status: readiness.status,
    reason,
    reasons: readiness.reasons.map((entry) => entry.text),
    ranked: readiness.reasons,
    rule: readiness.rule,
    file: shownAs,
    cleanCommand: cleanCommandFor(shownAs, { config: project.loaded.configShownAs }),
    format: report.format,
    fileFormat: report.fileFormat,
    rows: report.rows,
    examples: report.examples,
    tokens: report.tokens,
    summary: report.summary,
    findings: report.findings.slice(0, maxReportFindings),
    findingsTotal: report.findings.length,
  };
}
