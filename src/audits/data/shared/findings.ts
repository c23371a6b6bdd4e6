import type { Finding, Severity } from '../../../core/finding.js';
import type { JsonValue } from '../../../core/json.js';

/** Rows listed in one finding (the full count is in `rowCount`). */
export const maxRowsPerFinding = 100;
/** Example rows (with a snippet) kept per finding. */
export const maxExamplesPerFinding = 5;

/** Cuts text to one line of at most `length` characters. */
export function snippet(text: string, length = 100): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length <= length ? oneLine : `${oneLine.slice(0, length - 1)}…`;
}

/** Rows and a few examples of one kind of problem, gathered row by row in bounded memory. */
export class RowCollector {
  readonly rows: number[] = [];
  readonly examples: { row: number; text: string }[] = [];
  count = 0;

  add(row: number, example?: string): void {
    this.count++;
    if (this.rows.length < maxRowsPerFinding) this.rows.push(row);
    if (example !== undefined && this.examples.length < maxExamplesPerFinding)
      this.examples.push({ row, text: example });
  }

  /** The finding for these rows, or none when empty. */
  finding(
    code: string,
    severity: Severity,
    message: string,
    evidence: { [key: string]: JsonValue } = {},
  ): Finding[] {
    if (this.count === 0) return [];
    return [
      {
        code,
        severity,
        message,
        rows: this.rows,
        rowCount: this.count,
        evidence: { ...evidence, examples: this.examples },
      },
    ];
  }
}

/** A finding with its row list capped. */
export function makeFinding(
  code: string,
  severity: Severity,
  message: string,
  rows: readonly number[],
  evidence: { [key: string]: JsonValue },
  rowCount = rows.length,
): Finding {
  return { code, severity, message, rows: rows.slice(0, maxRowsPerFinding), rowCount, evidence };
}

/** Third-person singular of a plural verb: have → has, are → is, carry → carries, repeat → repeats. */
function singularVerb(verb: string): string {
  if (verb === 'have') return 'has';
  if (verb === 'are') return 'is';
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ies`;
  if (/(?:s|sh|ch|x)$/.test(verb)) return `${verb}es`;
  return `${verb}s`;
}

/**
 * `12 rows have ...` / `1 row has ...`: the count with its noun, and the verb phrase (written in
 * the plural) made to agree. Adverbs before the verb ("nearly repeat") are kept.
 */
export function rowsText(count: number, pluralPhrase = ''): string {
  const noun = `${count} row${count === 1 ? '' : 's'}`;
  if (pluralPhrase === '') return noun;
  if (count !== 1) return `${noun} ${pluralPhrase}`;
  const words = pluralPhrase.split(' ');
  // Skip a leading "(12.5%)" and adverbs to find the verb.
  let verbAt = words[0]?.startsWith('(') ? 1 : 0;
  if (words[verbAt] === 'nearly' || words[verbAt] === 'also') verbAt++;
  if (words[verbAt] !== undefined) words[verbAt] = singularVerb(words[verbAt]!);
  return `${noun} ${words.join(' ')}`;
}
