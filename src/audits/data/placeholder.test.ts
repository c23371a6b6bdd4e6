import { describe, expect, it } from 'vitest';
import { auditRows, chat } from '../../../test/helpers/audit-harness.js';
import { placeholderAudit } from './placeholder.js';

describe('placeholder', () => {
  it('removes placeholder targets and warns about placeholder prompts', async () => {
    const rows = [
      chat('a', '<No Output>'),
      chat('b', 'N/A'),
      chat('c', 'TODO'),
      chat('d', 'Dear {{name}}, thanks'),
      chat('e', '{"category": "TODO", "priority": "TODO", "reply": "TODO"}'),
      chat('f', 'TBD - write reply'),
      chat('Summarise this.\n\n<noinput>', 'A real answer.'),
      chat('real prompt', 'The answer is not available in N/A form but explained here.'),
    ];
    const result = await auditRows(rows, { audits: [placeholderAudit] });
    const target = result.findings.find((finding) => finding.evidence.where === 'target')!;
    const prompt = result.findings.find((finding) => finding.evidence.where === 'prompt')!;
    expect(target.rows).toEqual([1, 2, 3, 4, 5, 6]);
    expect(prompt.rows).toEqual([7]);
    expect(prompt.severity).toBe('info');
    expect(result.removals.map((removal) => removal.row)).toEqual([1, 2, 3, 4, 5, 6]);
  });
});
