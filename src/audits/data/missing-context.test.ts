import { describe, expect, it } from 'vitest';
import { auditRows, chat } from '../../../test/helpers/audit-harness.js';
import { missingContextAudit } from './missing-context.js';

describe('missing context', () => {
  it('finds URLs, images and attachments in prompts', async () => {
    const rows = [
      chat('Summarise https://example.org/report.pdf', 'It says...'),
      chat('What is in this picture? ![photo](http://x.io/a.png)', 'A cat.'),
      chat('Please review the attached file and fix it.', 'Done.'),
      chat('What is 2 + 2?', '4'),
    ];
    const result = await auditRows(rows, { audits: [missingContextAudit] });
    const kinds = Object.fromEntries(result.findings.map((finding) => [finding.evidence.kind, finding.rows]));
    expect(kinds).toEqual({ url: [1], image: [2], attachment: [3] });
  });

  it('does not flag URLs in rows that define tools', async () => {
    const row = {
      tools: [{ type: 'function', function: { name: 'fetch' } }],
      ...chat('Fetch https://example.org', 'ok'),
    };
    const result = await auditRows([row] as never, { audits: [missingContextAudit] });
    expect(result.findings).toEqual([]);
  });
});
