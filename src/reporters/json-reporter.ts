import type { Report } from '../core/report/report.js';

/** report.json: the contract. Two-space indented, with a trailing newline. */
export function renderJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
