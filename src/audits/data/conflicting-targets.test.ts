import { describe, expect, it } from 'vitest';
import { auditRows, chat, rowsOf } from '../../../test/helpers/audit-harness.js';
import { cleanChatRows } from '../../../test/helpers/training-data.js';
import { conflictingTargetsAudit } from './conflicting-targets.js';
import { compareTargets } from './shared/compare-targets.js';

describe('compareTargets', () => {
  it('JSON targets conflict when a label-like field differs, not when only the prose does', () => {
    const a = '{"category":"billing","reply":"We refunded your order today, sorry for the trouble."}';
    expect(compareTargets(a, a.replace('billing', 'delivery'), 0.5, 4)).toMatchObject({
      conflict: true,
      field: 'category',
    });
    expect(compareTargets(a, a.replace('today', 'this morning'), 0.5, 4).conflict).toBe(false);
  });

  it('short labels conflict when they differ; free text when its word overlap is low', () => {
    expect(compareTargets('positive', 'negative', 0.5, 4).conflict).toBe(true);
    expect(compareTargets('Positive.', 'positive', 0.5, 4).conflict).toBe(false);
    const paris = 'The capital of France is Paris, a city on the Seine river.';
    expect(
      compareTargets(paris, 'The capital of France is Paris, on the river Seine.', 0.5, 4).conflict,
    ).toBe(false);
    expect(
      compareTargets(paris, 'I cannot say; the context does not mention any capital city.', 0.5, 4).conflict,
    ).toBe(true);
  });
});

describe('conflicts audit', () => {
  it('finds the same prompt with a contradicting target, and a near-same prompt with one', async () => {
    const rows = cleanChatRows(300, 21);
    const relabel = (row: number, into: number, edit: (text: string) => string) => {
      const source = rows[row - 1]!;
      const target = JSON.parse(source.messages[2]!.content) as Record<string, string>;
      rows[into - 1] = {
        messages: [
          source.messages[0]!,
          { role: 'user', content: edit(source.messages[1]!.content) },
          {
            role: 'assistant',
            content: JSON.stringify({
              ...target,
              category: target.category === 'billing' ? 'damaged' : 'billing',
            }),
          },
        ],
      };
    };
    relabel(4, 150, (text) => text.toLowerCase());
    relabel(9, 250, (text) => text.replace(/\bwas\b/, 'is'));
    const result = await auditRows(rows, { audits: [conflictingTargetsAudit] });
    expect(rowsOf(result, 'conflicting_targets')).toEqual([4, 9, 150, 250]);
    const near = result.findings.find((finding) => finding.rows.includes(250))!;
    expect(near.message).toContain('near-same');
    expect(result.removals).toEqual([]);
  });

  it('does not call paraphrased answers conflicts', async () => {
    const rows = [
      chat('What is the capital of France?', 'The capital of France is Paris, a city on the Seine.'),
      chat('what is the capital of france', 'The capital of France is Paris, on the Seine.'),
    ];
    const result = await auditRows(rows, { audits: [conflictingTargetsAudit] });
    expect(result.findings).toEqual([]);
  });

  it('raises nothing on a clean generated set', async () => {
    expect((await auditRows(cleanChatRows(500, 22), { audits: [conflictingTargetsAudit] })).findings).toEqual(
      [],
    );
  });
});
