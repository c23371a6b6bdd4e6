import type { DataAudit, RowRemoval } from '../../core/data-audit.js';
import type { Finding } from '../../core/finding.js';
import { trainedTargets } from './shared/example-text.js';
import { RowCollector, rowsText, snippet } from './shared/findings.js';

/** A whole target that is a placeholder, not an answer (AlpacaDataCleaned categories 5 and 6). */
const placeholderTarget =
  /^\s*(?:<\s*no\s*output\s*>|n\/?a|none|null|undefined|nan|todo|tbd|fixme|\.{3}|\u2026|-+|lorem ipsum[\s\S]*|\[\s*(?:insert|your|add|placeholder)[^\]]*\]|<\s*(?:output|answer|response|insert)[^>]*>|x{3,})\s*\.?\s*$/i;
/** A short target that opens with a to-do marker ("TBD - write reply"). */
const todoOpening = /^\s*(?:todo|tbd|fixme)\b/i;

/** True when a whole text is a placeholder, or a JSON object with a placeholder field ({"reply": "TODO"}). */
function isPlaceholder(content: string): boolean {
  if (content.length === 0 || content.length >= 200) return false;
  if (placeholderTarget.test(content) || (content.length < 100 && todoOpening.test(content))) return true;
  const trimmed = content.trim();
  if (!trimmed.startsWith('{')) return false;
  try {
    const value: unknown = JSON.parse(trimmed);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
    return Object.values(value).some((field) => typeof field === 'string' && placeholderTarget.test(field));
  } catch {
    return false;
  }
}

/** A prompt line standing in for "no input" (AlpacaDataCleaned `tool_inputcheck.py`). */
const placeholderInputLine = /^[[(<]?no ?input[\])>.]?$/i;
/** An unfilled template variable: `{{input}}`, `{input}`, `<INSERT NAME>`. */
const unfilledTemplate =
  /\{\{\s*[\w.]+\s*\}\}|\{\s*(?:input|instruction|question|context|answer|name)\s*\}|<\s*INSERT[^>]*>/;

/**
 * Placeholders where content should be: targets such as "<No Output>", "N/A", "TODO", "lorem
 * ipsum", "TBD - write reply", or JSON with such a field (removed by `clean`), and prompts with a "noinput" stand-in or an unfilled template
 * variable (warned: the input should be empty or filled).
 */
export const placeholderAudit: DataAudit = {
  id: 'placeholder',
  codes: ['placeholder'],
  summary: 'Placeholder targets ("<No Output>", "N/A", "TODO") and placeholder or unfilled-template prompts.',
  source: 'data.md §5 items 5-7 (AlpacaDataCleaned README, tools/tool_inputcheck.py), §11 item 8',
  start() {
    const targets = new RowCollector();
    const prompts = new RowCollector();
    const removals: RowRemoval[] = [];
    return {
      observe(row) {
        const example = row.example;
        if (example === undefined) return;
        for (const { message } of trainedTargets(example)) {
          const content = message.content;
          if (isPlaceholder(content)) {
            targets.add(row.row, snippet(content, 60));
            removals.push({ row: row.row, code: 'placeholder', detail: snippet(content, 40) });
            break;
          }
          if (unfilledTemplate.test(content)) {
            targets.add(row.row, snippet(content, 80));
            removals.push({ row: row.row, code: 'placeholder', detail: 'unfilled template variable' });
            break;
          }
        }
        for (let index = 0; index < example.targetIndex; index++) {
          const message = example.messages[index]!;
          if (message.role !== 'user') continue;
          const hasPlaceholderLine = message.content
            .split('\n')
            .some((line) => placeholderInputLine.test(line.trim()));
          if (hasPlaceholderLine || unfilledTemplate.test(message.content)) {
            prompts.add(row.row, snippet(message.content, 80));
            break;
          }
        }
      },
      finish() {
        const findings: Finding[] = [
          ...targets.finding(
            'placeholder',
            'warning',
            `${rowsText(targets.count, 'have a placeholder target')}`,
            {
              where: 'target',
            },
          ),
          ...prompts.finding(
            'placeholder',
            'info',
            `${rowsText(prompts.count, 'have a placeholder input ("noinput") or an unfilled template variable in the prompt')}`,
            { where: 'prompt' },
          ),
        ];
        return { findings, removals, affected: { placeholder: targets.count } };
      },
    };
  },
};
