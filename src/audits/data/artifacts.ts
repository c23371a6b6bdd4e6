import type { DataAudit } from '../../core/data-audit.js';
import type { Finding } from '../../core/finding.js';
import { trainedTargets } from './shared/example-text.js';
import { RowCollector, rowsText, snippet } from './shared/findings.js';

/** Leftover debris, each pattern from a named cleaner (data.md §5, §7). */
const targetPatterns: { kind: string; pattern: RegExp; text: string }[] = [
  {
    kind: 'merged_instructions',
    pattern: /\d{1,2}\.\s*Instruction:/,
    text: 'hold several instructions merged into one output (AlpacaDataCleaned tool_mergedInstructions.py)',
  },
  {
    kind: 'ui_debris',
    pattern:
      /^(?:Copy code|Copy\s*\d+\s*chars?\s*\/\s*\d+\s*words?|\d+\s*\/\s*\d+|Regenerate response)\s*$|Too many requests in 1 hour\. Try again later\./m,
    text: 'carry copy-paste debris from a chat UI ("Copy code", "1 / 2", "Too many requests") (FastChat clean_sharegpt.py)',
  },
  {
    kind: 'broken_numbering',
    pattern: /\n1\. [^2]*\n1\. /,
    text: 'restart list numbering at 1 (FastChat filter_wrong_format.py)',
  },
  {
    kind: 'repeated_digits',
    pattern: /(\d)\1{8}/,
    text: 'repeat one digit 9+ times (FastChat optional_clean.py --reduce-rep)',
  },
];
/** Escape and control characters anywhere in the example (AlpacaDataCleaned category 10). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this check's job.
const controlCharacters = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const literalEscapes = /\\n.*\\n|\\u[0-9a-fA-F]{4}/;
/** Code blocks, where escapes are code. */
const codeBlocks = /```[\s\S]*?```/g;

/** True when the text is a JSON document, where `\n` escapes are syntax, not debris. */
function isJsonDocument(text: string): boolean {
  const trimmed = text.trim();
  if (!trimmed.startsWith('{') && !trimmed.startsWith('[') && !trimmed.startsWith('"')) return false;
  try {
    JSON.parse(trimmed);
    return true;
  } catch {
    return false;
  }
}

/**
 * Leftover artefacts of how the set was made: merged instructions, chat-UI debris, broken list
 * numbering, runs of one digit, stray control characters and literal "\n" escapes. Each teaches
 * the model to reproduce the debris.
 */
export const artifactsAudit: DataAudit = {
  id: 'artifacts',
  codes: ['artifact'],
  summary: 'Merged instructions, copy-paste debris, broken numbering, digit runs, control characters.',
  source: 'data.md §5 items 2 and 10 (AlpacaDataCleaned), §7 (FastChat cleaners), §11 item 15',
  start() {
    const byKind = new Map<string, RowCollector>();
    const rows = new Set<number>();
    const add = (kind: string, row: number, text: string) => {
      let collector = byKind.get(kind);
      if (collector === undefined) {
        collector = new RowCollector();
        byKind.set(kind, collector);
      }
      collector.add(row, snippet(text, 80));
      rows.add(row);
    };
    return {
      observe(row) {
        const example = row.example;
        if (example === undefined) return;
        for (const { message } of trainedTargets(example)) {
          for (const { kind, pattern } of targetPatterns) {
            if (pattern.test(message.content)) {
              add(kind, row.row, message.content);
              break;
            }
          }
        }
        for (const message of example.messages) {
          if (controlCharacters.test(message.content)) {
            add('control_characters', row.row, JSON.stringify(message.content));
            break;
          }
          if (
            message.role !== 'tool' &&
            message.toolCalls === undefined &&
            literalEscapes.test(message.content.replace(codeBlocks, '')) &&
            !isJsonDocument(message.content)
          ) {
            add('literal_escapes', row.row, message.content);
            break;
          }
        }
      },
      finish() {
        const texts: Record<string, string> = {
          control_characters: 'contain control characters',
          literal_escapes: 'contain literal "\\n" or "\\uXXXX" escapes (text escaped twice)',
        };
        for (const { kind, text } of targetPatterns) texts[kind] = `have targets that ${text}`;
        const findings: Finding[] = [];
        for (const [kind, collector] of byKind) {
          findings.push(
            ...collector.finding('artifact', 'warning', rowsText(collector.count, texts[kind]), { kind }),
          );
        }
        return { findings, affected: { artifact: rows.size } };
      },
    };
  },
};
