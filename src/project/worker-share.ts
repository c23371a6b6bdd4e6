import { dataAudits } from '../audits/data/index.js';
import type { AuditSettings } from '../core/config-audit.js';
import type { DataAudit } from '../core/data-audit.js';

/**
 * Which audits the worker thread runs. `similarity` (`fixfirst audit` on large files): the costliest
 * ones that need neither the tokenizer nor the contract checks — measured on 100,000 generated rows:
 * 3.5 s of CPU for these, 2.5 s for the others plus 2.4 s of token counting; at a million rows the
 * two threads are close. `alongside` (diagnose, whose main thread loads and scores the eval set
 * meanwhile): the audits that need no token counts or contract (`DataAudit.needs`), except
 * `keptOnMainThread` (so it needs no eval items; a share that did would get them in a message once
 * the eval set is loaded).
 */
export type WorkerShare = 'similarity' | 'alongside';

const similarityAudits = ['near_duplicates', 'conflicting_targets', 'eval_leakage'];

/**
 * Audits the main thread keeps in `alongside` although the worker could run them: on the example the
 * main thread's own share (token counts, contract checks, after Q1 and Q4) ended ~0.2 s before the
 * worker's; these two (~70 ms of cold code) even the threads out.
 */
const keptOnMainThread = ['eval_leakage', 'pii'];

/** The enabled audits in a share. */
export function workerAudits(share: WorkerShare, settings: AuditSettings): DataAudit[] {
  return dataAudits.filter(
    (audit) =>
      !settings.disable.includes(audit.id) &&
      (share === 'similarity'
        ? similarityAudits.includes(audit.id)
        : !keptOnMainThread.includes(audit.id) &&
          !(audit.needs ?? []).some((need) => need === 'tokens' || need === 'contract')),
  );
}

/** Names a share's steps in the progress display. */
export function workerShareLabel(share: WorkerShare): string {
  return share === 'similarity' ? 'similarity checks' : 'auditing (second thread)';
}
