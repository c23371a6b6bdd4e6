import type { JsonValue } from './json.js';

/** How much a finding matters. `error` blocks a ready status; `warning` lowers confidence; `info` is context. */
export type Severity = 'error' | 'warning' | 'info';

/**
 * A problem found in the user's data. Findings are data, not exceptions: audits return them,
 * reporters render them, report.json carries them unchanged.
 */
export interface Finding {
  /** Stable snake_case code, documented, never reworded (e.g. `exact_duplicate`). */
  code: string;
  severity: Severity;
  /** One-line human summary. Reporters may re-render from the fields. */
  message: string;
  /** 1-based line or record numbers involved (capped; `rowCount` has the full count). */
  rows: number[];
  /** How many rows are involved in total. */
  rowCount: number;
  /** Structured evidence: twin rows, similarity, matched text, thresholds used. */
  evidence: { [key: string]: JsonValue };
}
