import { describe, expect, it } from 'vitest';
import { auditRows, chat, rowsOf, settingsWith } from '../../../test/helpers/audit-harness.js';
import { cleanChatRows, evalItems } from '../../../test/helpers/training-data.js';
import { evalLeakageAudit } from './eval-leakage.js';

const items = evalItems(40, 31).map((item, index) => ({ id: item.id, line: index + 1, text: item.input }));

describe('eval leakage', () => {
  it('finds a planted eval item by 13-gram, a short item whole, and a changed-case copy by substring', async () => {
    const rows = cleanChatRows(300, 32);
    // Long item embedded in a longer ticket: shares 13-grams.
    rows[99]!.messages[1]!.content = `Hello again. ${items[0]!.text} Thanks.`;
    // The positive control of data.md §4: uppercased, "." -> "!" (13-grams and lowercased substrings still match).
    rows[199]!.messages[1]!.content = items[1]!.text.toUpperCase().replaceAll('.', '!');
    const short = { id: 'short', line: 41, text: 'Is the blue kettle waterproof?' };
    rows[249]!.messages[1]!.content = 'Quick one: is the blue kettle waterproof? Thanks.';
    const result = await auditRows(rows, { audits: [evalLeakageAudit], evalItems: [...items, short] });
    expect(rowsOf(result, 'eval_leakage')).toEqual([100, 200, 250]);
    const methods = Object.fromEntries(
      result.findings.map((finding) => [finding.evidence.evalId, finding.evidence.method]),
    );
    expect(methods).toEqual({ e1: 'ngram', e2: 'ngram', short: 'whole_item' });
    expect(result.removals.map((removal) => removal.row)).toEqual([100, 200, 250]);
    expect(result.readiness.status).toBe('not_ready');
  });

  it('catches a copy by 50-character substrings when words are glued together', async () => {
    const rows = cleanChatRows(50, 33);
    rows[9]!.messages[1]!.content = items[2]!.text.replaceAll(' ', '');
    const result = await auditRows(rows, {
      audits: [evalLeakageAudit],
      evalItems: items,
      settings: settingsWith({ leakage: { substrings_per_item: 3 } }),
    });
    expect(result.findings.map((finding) => [finding.rows, finding.evidence.method])).toEqual([
      [[10], 'substring'],
    ]);
  });

  it('ignores template lines shared by many eval items', async () => {
    const template =
      'Please classify the following support ticket and reply in JSON with a category and a priority.';
    const templated = items.map((item) => ({ ...item, text: `${template}\n${item.text}` }));
    const rows = cleanChatRows(100, 34).map((row) => ({
      messages: [
        row.messages[0]!,
        { role: 'user', content: `${template}\n${row.messages[1]!.content}` },
        row.messages[2]!,
      ],
    }));
    const result = await auditRows(rows, { audits: [evalLeakageAudit], evalItems: templated });
    expect(result.findings).toEqual([]);
  });

  it('raises nothing on a clean set with an eval set from the same distribution', async () => {
    const result = await auditRows(cleanChatRows(1000, 35), { audits: [evalLeakageAudit], evalItems: items });
    expect(result.findings).toEqual([]);
  });

  it('does nothing without an eval set', async () => {
    const result = await auditRows([chat('a b c d e f', 'g')], { audits: [evalLeakageAudit] });
    expect(result.findings).toEqual([]);
  });
});
