import type { EvalCase } from '../../core/eval-case.js';
import type { Finding } from '../../core/finding.js';
import { contradictoryReferences } from './contradictory-references.js';
import { duplicateInputs } from './duplicate-inputs.js';
import type { EvalSetAudit } from './eval-set-audit.js';
import { htmlDebris } from './html-debris.js';
import { missingReferences } from './missing-references.js';
import { mojibake } from './mojibake.js';
import { truncatedInputs } from './truncated-inputs.js';

/** Every eval-set hygiene check, one line each. */
export const evalSetAudits: readonly EvalSetAudit[] = [
  duplicateInputs,
  contradictoryReferences,
  missingReferences,
  htmlDebris,
  mojibake,
  truncatedInputs,
];

/** Runs every eval-set hygiene check. */
export function auditEvalSet(cases: readonly EvalCase[]): Finding[] {
  return evalSetAudits.flatMap((audit) => audit.run(cases));
}

/**
 * One sentence on how the hygiene findings limit the conclusions, e.g. "Eval-set hygiene: 3 items
 * duplicate_input (duplicates count twice, …)". Undefined when there is nothing to say.
 */
export function hygieneLimits(findings: readonly Finding[]): string | undefined {
  const parts = findings.flatMap((finding) => {
    const audit = evalSetAudits.find((entry) => entry.code === finding.code);
    return audit === undefined ? [] : [`${finding.rowCount} item(s) ${finding.code} — ${audit.limits}`];
  });
  return parts.length === 0 ? undefined : `Eval-set hygiene: ${parts.join('; ')}.`;
}
