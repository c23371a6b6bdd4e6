import { describe, expect, it } from 'vitest';
import { auditRows, chat } from '../../../test/helpers/audit-harness.js';
import { cleanChatRows } from '../../../test/helpers/training-data.js';
import { lengthOutliersAudit } from './length-outliers.js';

describe('length outliers', () => {
  it('reports long targets past Q3 + 1.7 IQR (info) and near-empty ones (warning)', async () => {
    const rows = cleanChatRows(100, 91);
    rows[19]!.messages[2]!.content = 'word '.repeat(400);
    rows[29]!.messages[2]!.content = 'ok';
    const result = await auditRows(rows, { audits: [lengthOutliersAudit] });
    const byKind = Object.fromEntries(
      result.findings.map((finding) => [finding.evidence.kind, [finding.severity, finding.rows]]),
    );
    expect(byKind).toEqual({ long: ['info', [20]], near_empty: ['warning', [30]] });
  });

  it('does not call short targets near-empty in a label set', async () => {
    const rows = Array.from({ length: 40 }, (_, index) => chat(`ticket ${index}`, index % 2 ? 'yes' : 'no'));
    const result = await auditRows(rows, { audits: [lengthOutliersAudit] });
    expect(result.findings).toEqual([]);
  });
});
