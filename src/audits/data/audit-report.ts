import type { AuditSettings } from '../../core/config-audit.js';
import { type AuditReport, auditReportSchemaVersion } from '../../core/report/data-audit-report.js';
import type { DataAuditResult } from './run-data-audit.js';

/** Where the audited file came from and how it was read. */
export interface AuditSubject {
  file: string;
  format: string | undefined;
  fileFormat: AuditReport['fileFormat'];
  formatOrigin: AuditReport['formatOrigin'];
  model: AuditReport['model'];
  version: string;
}

/** The `fixfirst audit --json` document from an audit result. Pure. */
export function toAuditReport(
  result: DataAuditResult,
  subject: AuditSubject,
  settings: AuditSettings,
): AuditReport {
  return {
    schemaVersion: auditReportSchemaVersion,
    tool: { name: 'fixfirst', version: subject.version },
    file: subject.file,
    format: subject.format ?? 'unknown',
    fileFormat: subject.fileFormat,
    formatOrigin: subject.formatOrigin,
    rows: result.rows,
    examples: result.examples,
    model: subject.model,
    tokens: result.tokens,
    readiness: result.readiness,
    summary: result.summary,
    findings: result.findings,
    boilerplate: result.boilerplate,
    stats: result.stats,
    thresholds: JSON.parse(JSON.stringify(settings)) as Record<string, unknown>,
  };
}
