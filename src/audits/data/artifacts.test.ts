import { describe, expect, it } from 'vitest';
import { auditRows, chat } from '../../../test/helpers/audit-harness.js';
import { cleanChatRows } from '../../../test/helpers/training-data.js';
import { artifactsAudit } from './artifacts.js';

describe('artifacts', () => {
  it('finds each kind of leftover debris', async () => {
    const rows = [
      chat('a', 'Paris.\n\n2. Instruction: Name a river.'),
      chat('b', 'Here is the code.\nCopy code\nprint(1)'),
      chat('c', 'Steps:\n1. Open it\n1. Close it'),
      chat('d', 'Call 5555555555 now'),
      chat('e', 'bad\u0007bell'),
      chat('f', 'line one\\nline two\\nline three'),
      chat('g', 'A normal answer.'),
    ];
    const result = await auditRows(rows, { audits: [artifactsAudit] });
    const kinds = Object.fromEntries(result.findings.map((finding) => [finding.evidence.kind, finding.rows]));
    expect(kinds).toEqual({
      merged_instructions: [1],
      ui_debris: [2],
      broken_numbering: [3],
      repeated_digits: [4],
      control_characters: [5],
      literal_escapes: [6],
    });
  });

  it('does not take the escapes of a JSON target for debris', async () => {
    const rows = [chat('a', JSON.stringify({ reply: 'Hi!\n\nThanks, line two.\nBye' }))];
    expect((await auditRows(rows, { audits: [artifactsAudit] })).findings).toEqual([]);
  });

  it('raises nothing on a clean generated set', async () => {
    expect((await auditRows(cleanChatRows(300, 101), { audits: [artifactsAudit] })).findings).toEqual([]);
  });
});
