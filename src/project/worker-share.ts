import { dataAudits } from '../audits/data/index.js';
import type { AuditSettings } from '../core/config-audit.js';
import type { DataAudit } from '../core/data-audit.js';

/**
 * Which audits the worker thread runs. `similarity` (`fixfirst audit` on large files): the costliest
 * ones that need neither the tokenizer nor the contract checks — measured on 100,000 generated rows:
 * 3.5 s of CPU for these, 2.5 s for the others plus 2.4 s of token counting; at a million rows the
 * two threads are close. `alongside` (diagnose, whose main thread loads and scores the eval set
 * meanwhile, before the eval set is loaded): the audits that need no token counts, contract or eval
 * items (`DataAudit.needs`), except `keptOnMainThread`.
 */
export type WorkerShare = 'similarity' | 'alongside';

const similarityAudits = ['near_duplicates', 'conflicting_targets', 'eval_leakage'];

/**
 * An audit the main thread keeps in `alongside` although the worker could run it: on the example the
 * main thread's own share (token counts, contract and leakage checks, after Q1 and Q4) ended before
 * the worker's; this one evens the threads out.
 */
const keptOnMainThread = ['pii'];

/** The enabled audits in a share. */
export function workerAudits(share: WorkerShare, settings: AuditSettings): DataAudit[] {
  return dataAudits.filter(
    (audit) =>
      !settings.disable.includes(audit.id) &&
      (share === 'similarity'
        ? similarityAudits.includes(audit.id)
        : !keptOnMainThread.includes(audit.id) &&
          !(audit.needs ?? []).some((need) => need === 'tokens' || need === 'contract' || need === 'eval')),
  );
}

/** Names a share's steps in the progress display. */
export function workerShareLabel(share: WorkerShare): string {
  return share === 'similarity' ? 'similarity checks' : 'auditing (second thread)';
}
