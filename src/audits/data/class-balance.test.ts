import { describe, expect, it } from 'vitest';
import { auditRows, chat } from '../../../test/helpers/audit-harness.js';
import { cleanChatRows } from '../../../test/helpers/training-data.js';
import { classBalanceAudit } from './class-balance.js';

describe('class balance', () => {
  it('flags a rarest label under 0.1/K (cleanlab rule)', async () => {
    const labels = [...Array(97).fill('positive'), ...Array(2).fill('negative'), 'neutral'];
    const rows = labels.map((label, index) => chat(`review number ${index}`, label));
    const result = await auditRows(rows, { audits: [classBalanceAudit] });
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]!.evidence).toMatchObject({ rarest: 'neutral', share: 0.01 });
    expect(result.findings[0]!.rows).toEqual([100]);
  });

  it('checks label-like fields of JSON targets', async () => {
    const rows = cleanChatRows(200, 121);
    for (const row of rows.slice(0, 199)) {
      const target = JSON.parse(row.messages[2]!.content) as Record<string, string>;
      row.messages[2]!.content = JSON.stringify({ ...target, priority: 'low' });
    }
    rows[199]!.messages[2]!.content = JSON.stringify({
      category: 'billing',
      priority: 'urgent',
      reply: 'We are on it.',
    });
    const result = await auditRows(rows, { audits: [classBalanceAudit] });
    expect(result.findings.map((finding) => [finding.evidence.field, finding.evidence.rarest])).toEqual([
      ['priority', 'urgent'],
    ]);
  });

  it('ignores free text and balanced labels', async () => {
    expect((await auditRows(cleanChatRows(300, 122), { audits: [classBalanceAudit] })).findings).toEqual([]);
  });
});
