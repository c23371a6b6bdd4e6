import { describe, expect, it } from 'vitest';
import { auditRows, chat, rowsOf, settingsWith } from '../../../test/helpers/audit-harness.js';
import { cleanChatRows } from '../../../test/helpers/training-data.js';
import { refusalsAudit } from './refusals.js';

describe('refusals', () => {
  it('finds AI boilerplate, refusals and another assistant identity, each a kind', async () => {
    const rows = [
      chat('a', 'As an AI language model, I do not have opinions.'),
      chat('b', "I'm sorry, but I can't help with that request."),
      chat('c', 'I was trained by OpenAI to help.'),
      chat('d', 'Your parcel arrives on Monday.'),
    ];
    const result = await auditRows(rows, { audits: [refusalsAudit] });
    const kinds = Object.fromEntries(result.findings.map((finding) => [finding.evidence.kind, finding.rows]));
    expect(kinds).toEqual({ ai_boilerplate: [1], refusal: [2], identity: [3] });
  });

  it('compares the share with the tolerance (the production share expected), and takes extra phrases', async () => {
    const rows = cleanChatRows(100, 81);
    rows[10]!.messages[2]!.content = 'Per store policy we never do that.';
    const plain = await auditRows(rows, { audits: [refusalsAudit] });
    expect(plain.findings).toEqual([]);
    const settings = settingsWith({ refusals: { phrases: ['per store policy'] } });
    const withPhrase = await auditRows(rows, { audits: [refusalsAudit], settings });
    expect(rowsOf(withPhrase, 'refusal_boilerplate')).toEqual([11]);
    expect(withPhrase.findings[0]!.severity).toBe('warning');
  });
});
