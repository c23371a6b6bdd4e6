import { z } from 'zod';
import { defineCheck } from '../../core/check.js';

/** Markdown constructs, each with a name for the failure detail. First match wins, in text order. */
const constructs: readonly { name: string; pattern: RegExp }[] = [
  { name: 'heading', pattern: /^[ \t]{0,3}#{1,6}[ \t]+\S.*/m },
  { name: 'code fence', pattern: /^[ \t]*(```|~~~)/m },
  { name: 'inline code', pattern: /`[^`\n]+`/ },
  { name: 'bold', pattern: /(\*\*|__)(?=\S)[^\n]*?\S\1/ },
  { name: 'emphasis', pattern: /(?<![\p{L}\p{N}*\\])\*(?=[^\s*])[^*\n]*[^\s*]\*(?![\p{L}\p{N}*])/u },
  { name: 'emphasis', pattern: /(?<![\p{L}\p{N}_\\])_(?=[^\s_])[^_\n]*[^\s_]_(?![\p{L}\p{N}_])/u },
  { name: 'bullet list', pattern: /^[ \t]*[-*+][ \t]+\S.*/m },
  { name: 'numbered list', pattern: /^[ \t]*\d{1,3}[.)][ \t]+\S.*/m },
  { name: 'link', pattern: /!?\[[^\]\n]+\]\([^)\s]+\)/ },
  { name: 'table', pattern: /^[ \t]*\|.*\|[ \t]*$/m },
  { name: 'block quote', pattern: /^[ \t]*>[ \t]/m },
];

/** The output is plain text: no markdown headings, emphasis, lists, links, tables or code. */
export const noMarkdownCheck = defineCheck({
  id: 'no_markdown',
  category: 'format',
  summary:
    'The output is plain text: no markdown headings, bold or italics, lists, links, tables, quotes or code.',
  whenToUse: 'Text shown where markdown is not rendered: SMS, e-mail bodies, voice, plain-text widgets.',
  whenNotToUse: 'Chat UIs that render markdown; use no_code_fences when only fences are the problem.',
  params: z.strictObject({}),
  run(output) {
    let first: { name: string; index: number; text: string } | undefined;
    for (const { name, pattern } of constructs) {
      const match = pattern.exec(output);
      if (match !== null && (first === undefined || match.index < first.index)) {
        first = { name, index: match.index, text: match[0] };
      }
    }
    if (first === undefined) return { pass: true };
    const line = output.slice(0, first.index).split('\n').length;
    return {
      pass: false,
      detail: `${first.name} ${JSON.stringify(first.text.trim().slice(0, 40))} at line ${line}`,
    };
  },
});
