import { describe, expect, it } from 'vitest';
import { auditRows, chat, rowsOf, settingsWith } from '../../../test/helpers/audit-harness.js';
import { cleanChatRows } from '../../../test/helpers/training-data.js';
import { nearDuplicatesAudit } from './near-duplicates.js';

describe('near_duplicates', () => {
  it('finds planted near duplicates (one word changed) and verifies them by exact Jaccard', async () => {
    const rows = cleanChatRows(400, 11);
    for (const [from, to] of [
      [5, 200],
      [17, 333],
    ] as const) {
      rows[to - 1] = {
        messages: rows[from - 1]!.messages.map((message) =>
          message.role === 'user'
            ? { ...message, content: message.content.replace(/\bwas\b/, 'is') }
            : { ...message },
        ),
      };
    }
    const result = await auditRows(rows, { audits: [nearDuplicatesAudit] });
    expect(rowsOf(result, 'near_duplicate')).toEqual([5, 17, 200, 333]);
    expect(result.removals.map(({ row, twin }) => [row, twin])).toEqual([
      [200, 5],
      [333, 17],
    ]);
    for (const finding of result.findings)
      expect(finding.evidence.similarity as number).toBeGreaterThanOrEqual(0.8);
  });

  it('ignores template lines shared by many rows (a shared preamble does not make rows similar)', async () => {
    const preamble = Array.from(
      { length: 30 },
      (_, index) => `Tool ${index}: call it with a JSON object of arguments.`,
    ).join('\n');
    const rows = cleanChatRows(300, 12).map((row) => ({
      messages: [{ role: 'system', content: preamble }, ...row.messages.slice(1)],
    }));
    const result = await auditRows(rows, { audits: [nearDuplicatesAudit] });
    expect(result.findings).toEqual([]);
    expect(result.boilerplate.lines).toBeGreaterThanOrEqual(30);
  });

  it('leaves exact copies to exact_duplicate and skips pairs under the threshold', async () => {
    const words = Array.from({ length: 60 }, (_, index) => `word${index}`);
    const text = words.join(' ');
    const changed = [...words.slice(0, 30), 'other', ...words.slice(31)].join(' ');
    const rows = [chat(text, 'ok'), chat(text, 'ok'), chat(changed, 'ok')];
    // One word in 60 changes 5 of 57 shingles: Jaccard 52/62 = 0.84.
    const strict = await auditRows(rows, {
      audits: [nearDuplicatesAudit],
      settings: settingsWith({ near_duplicates: { threshold: 0.9 } }),
    });
    expect(strict.findings).toEqual([]);
    const loose = await auditRows(rows, { audits: [nearDuplicatesAudit] });
    expect(rowsOf(loose, 'near_duplicate')).toEqual([1, 3]);
    expect(loose.findings[0]!.evidence.similarity).toBeCloseTo(52 / 62, 3);
  });

  it('gives the same pairs when template lines only become frequent late in the file', async () => {
    // The template appears only in the second half: decided after 50 rows, it changes at the end, and the
    // audit recomputes from a reread instead of trusting the first-pass signatures.
    const rows = cleanChatRows(200, 13).map((row, index) =>
      index < 100
        ? row
        : {
            messages: [
              { role: 'system', content: 'Always answer in JSON.\nBe kind.' },
              ...row.messages.slice(1),
            ],
          },
    );
    rows[150] = {
      messages: rows[120]!.messages.map((message) => ({
        ...message,
        content: message.content.replace(/\bwas\b/, 'is'),
      })),
    };
    const early = await auditRows(rows, {
      audits: [nearDuplicatesAudit],
      settings: settingsWith({ boilerplate: { decide_after: 50 } }),
    });
    const late = await auditRows(rows, { audits: [nearDuplicatesAudit] });
    expect(rowsOf(early, 'near_duplicate')).toEqual([121, 151]);
    expect(rowsOf(late, 'near_duplicate')).toEqual(rowsOf(early, 'near_duplicate'));
  });
});
