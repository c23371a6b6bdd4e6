import { describe, expect, it } from 'vitest';
import { auditRows, chat, settingsWith } from '../../../test/helpers/audit-harness.js';
import { tooLongAudit } from './too-long.js';

describe('too_long', () => {
  it('flags examples over the context limit (exact counts) and nothing under it', async () => {
    const rows = [chat('short', 'ok'), chat('long '.repeat(500), 'ok'), chat('fine', 'ok')];
    const result = await auditRows(rows, {
      audits: [tooLongAudit],
      settings: settingsWith({ context_limit: 200 }),
    });
    expect(result.findings.map((finding) => finding.rows)).toEqual([[2]]);
    expect(result.findings[0]!.evidence).toMatchObject({ limit: 200 });
    expect(result.removals.map((removal) => removal.row)).toEqual([2]);
    // One row in three is over the 1% tolerance.
    expect(result.findings[0]!.severity).toBe('error');
  });
});
