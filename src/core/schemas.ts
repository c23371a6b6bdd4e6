import { z } from 'zod';
import { projectConfigSchema } from './config.js';
import { auditReportSchema } from './report/data-audit-report.js';
import { reportSchema } from './report/report.js';

/**
 * The published JSON Schemas: fixfirst.yaml (for editor completion: add
 * `# yaml-language-server: $schema=<path>/schemas/fixfirst.schema.json` to the top of the file),
 * report.json, and the output of `fixfirst audit --json`. Generated from the zod schemas so they
 * cannot drift.
 */
export function renderSchemas(): Record<string, string> {
  const config = z.toJSONSchema(projectConfigSchema, { io: 'input', unrepresentable: 'any' });
  const report = z.toJSONSchema(reportSchema, { io: 'output', unrepresentable: 'any' });
  const audit = z.toJSONSchema(auditReportSchema, { io: 'output', unrepresentable: 'any' });
  return {
    'fixfirst.schema.json': `${JSON.stringify({ ...config, $id: 'https://fixfirst.dev/schemas/fixfirst.schema.json', title: 'fixfirst.yaml' }, null, 2)}\n`,
    'audit.schema.json': `${JSON.stringify({ ...audit, $id: 'https://fixfirst.dev/schemas/audit.schema.json', title: 'fixfirst audit --json' }, null, 2)}\n`,
    'report.schema.json': `${JSON.stringify({ ...report, $id: 'https://fixfirst.dev/schemas/report.schema.json', title: 'fixfirst report.json' }, null, 2)}\n`,
  };
}
