import type { AuditSettings } from './config-audit.js';

// Kept apart from config-audit.ts (zod) so that the audit worker thread, which decides nothing,
// loads no schema library.

/** Finding codes with the share of rows each tolerates before it blocks readiness (`error`). */
export const defaultTolerances: Readonly<Record<string, number>> = {
  format_error: 0,
  empty_target: 0,
  placeholder: 0,
  eval_leakage: 0,
  too_long: 0.01,
  exact_duplicate: 0.01,
  near_duplicate: 0.05,
  conflicting_targets: 0.01,
  contract_violation_in_target: 0.01,
  refusal_boilerplate: 0.05,
  artifact: 0.01,
  missing_context: 0.05,
  language_mismatch: 0.02,
  pii: 0.01,
};

/**
 * The tolerance of a finding code: the configured one, else the default. Undefined for codes that
 * never block readiness on their own (length outliers, class imbalance, missing roles).
 */
export function toleranceOf(settings: Pick<AuditSettings, 'tolerance'>, code: string): number | undefined {
  return settings.tolerance[code] ?? defaultTolerances[code];
}
