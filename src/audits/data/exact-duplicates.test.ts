import { describe, expect, it } from 'vitest';
import { auditRows, chat, rowsOf } from '../../../test/helpers/audit-harness.js';
import { cleanChatRows } from '../../../test/helpers/training-data.js';
import { exactDuplicatesAudit } from './exact-duplicates.js';

describe('exact_duplicates', () => {
  it('finds a row equal to an earlier one after normalisation, and removes only the copy', async () => {
    const rows = cleanChatRows(200, 3);
    const original = rows[9]!;
    rows[149] = {
      messages: original.messages.map((message) => ({
        role: message.role,
        content: ` ${message.content.toUpperCase()}!! `,
      })),
    };
    const result = await auditRows(rows, { audits: [exactDuplicatesAudit] });
    expect(rowsOf(result, 'exact_duplicate')).toEqual([10, 150]);
    expect(result.removals).toEqual([{ row: 150, code: 'exact_duplicate', twin: 10 }]);
    expect(result.findings[0]!.evidence.level).toBe('row');
  });

  it('shows the copied row by its user message, not the system prompt every row shares', async () => {
    const system = 'You triage Kestrel Home support tickets. Answer with JSON.';
    const rows = [
      chat('Where is my parcel?', '{"category": "shipping"}', system),
      chat('My invoice is wrong', '{"category": "billing"}', system),
      chat('Where is my parcel?', '{"category": "shipping"}', system),
    ];
    const result = await auditRows(rows, { audits: [exactDuplicatesAudit] });
    expect(result.findings[0]!.evidence.prompt).toBe('Where is my parcel?');
  });

  it('reports a prompt repeated with different targets as information, without removing it', async () => {
    const rows = [
      chat('Where is my parcel?', 'It ships today.'),
      chat('where is my parcel', 'It is lost, sorry.'),
    ];
    const result = await auditRows(rows, { audits: [exactDuplicatesAudit] });
    expect(result.removals).toEqual([]);
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({
      severity: 'info',
      rows: [1, 2],
      evidence: { level: 'prompt', distinctTargets: 2 },
    });
    expect(result.readiness.status).toBe('ready');
  });

  it('raises nothing on a clean generated set', async () => {
    const result = await auditRows(cleanChatRows(500, 4), { audits: [exactDuplicatesAudit] });
    expect(result.findings).toEqual([]);
  });
});
