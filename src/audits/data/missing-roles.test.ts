import { describe, expect, it } from 'vitest';
import { auditRows, chat } from '../../../test/helpers/audit-harness.js';
import { missingRolesAudit } from './missing-roles.js';

describe('missing_roles', () => {
  it('warns about rows without the system message most rows have, and rows without a user message', async () => {
    const rows = [
      chat('a', 'b', 'sys'),
      chat('c', 'd', 'sys'),
      chat('e', 'f'),
      {
        messages: [
          { role: 'system', content: 'sys' },
          { role: 'assistant', content: 'hello' },
        ],
      },
    ];
    const result = await auditRows(rows, { audits: [missingRolesAudit] });
    const byRole = Object.fromEntries(
      result.findings.map((finding) => [finding.evidence.role, [finding.severity, finding.rows]]),
    );
    expect(byRole).toEqual({ system: ['warning', [3]], user: ['warning', [4]] });
  });

  it('is information only when no row has a system message', async () => {
    const result = await auditRows([chat('a', 'b'), chat('c', 'd')], { audits: [missingRolesAudit] });
    expect(result.findings.map((finding) => finding.severity)).toEqual(['info']);
    expect(result.readiness.reasons).toEqual([]);
  });
});
