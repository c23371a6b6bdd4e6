import type { DataAudit } from '../../core/data-audit.js';
import type { Finding } from '../../core/finding.js';
import { RowCollector, rowsText, snippet } from './shared/findings.js';

/** References to content the model will not see (AlpacaDataCleaned tool_inputcheck.py, plus attachments). */
const patterns: { kind: string; pattern: RegExp; text: string }[] = [
  {
    kind: 'image',
    pattern:
      /!\[.*\]\(http|img ?src=|image:|<\s*(?:picture|image|photo) attached\s*>|\[(?:image|picture|photo|screenshot)\]/i,
    text: 'refer to an image the model cannot see',
  },
  {
    kind: 'attachment',
    pattern: /\b(?:see|in) (?:the )?attached\b|\battached (?:file|document|pdf|spreadsheet|screenshot)\b/i,
    text: 'refer to an attachment that is not in the example',
  },
  {
    kind: 'url',
    pattern: /\bhttps?:\/\/[^\s)>\]]+/i,
    text: 'point at a URL whose content is not in the example',
  },
];

/**
 * Prompts that refer to information the example does not contain: a URL, an image, an attachment.
 * The model then learns to answer without the information, that is, to make it up (AlpacaDataCleaned
 * "hallucinations"; OpenAI: examples must contain all the information the answer needs). Rows
 * that define tools are not checked for URLs (tool documentation is full of them).
 */
export const missingContextAudit: DataAudit = {
  id: 'missing_context',
  codes: ['missing_context'],
  summary: 'Prompts that point at a URL, an image or an attachment the example does not include.',
  source: 'data.md §5 item 1 (AlpacaDataCleaned tool_inputcheck.py), §1.6 (OpenAI), §11 item 16',
  start() {
    const byKind = new Map<string, RowCollector>();
    const rows = new Set<number>();
    return {
      observe(row) {
        const example = row.example;
        if (example === undefined) return;
        for (let index = 0; index < example.targetIndex; index++) {
          const message = example.messages[index]!;
          if (message.role !== 'user') continue;
          const found = patterns.find(
            ({ kind, pattern }) =>
              !(kind === 'url' && example.tools !== undefined) && pattern.test(message.content),
          );
          if (found === undefined) continue;
          let collector = byKind.get(found.kind);
          if (collector === undefined) {
            collector = new RowCollector();
            byKind.set(found.kind, collector);
          }
          collector.add(row.row, snippet(message.content, 80));
          rows.add(row.row);
          break;
        }
      },
      finish() {
        const findings: Finding[] = [];
        for (const { kind, text } of patterns) {
          const collector = byKind.get(kind);
          if (collector !== undefined) {
            findings.push(
              ...collector.finding('missing_context', 'warning', rowsText(collector.count, text), { kind }),
            );
          }
        }
        return { findings, affected: { missing_context: rows.size } };
      },
    };
  },
};
