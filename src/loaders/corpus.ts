import type { ContextPassage } from '../core/eval-case.js';
import { isJsonObject } from '../core/json.js';

/** Lines named for the rows left out (the count has them all). */
const shownLines = 20;

/** A corpus as read: its passages by id, and the rows left out. */
export interface ParsedCorpus {
  passages: Map<string, ContextPassage>;
  /** Rows left out: not JSON, or without an id or a text. */
  skipped: number;
  /** 1-based lines of the first rows left out (at most 20). */
  skippedLines: number[];
}

/**
 * Passages of a BEIR-style corpus.jsonl (`{"_id", "title", "text"}`; `id` accepted for `_id`), by
 * id. Rows that are not JSON or lack an id or a text are left out, counted, and their first lines
 * named, for the caller's warning.
 */
export function parseCorpus(content: string): ParsedCorpus {
  const passages = new Map<string, ContextPassage>();
  let skipped = 0;
  const skippedLines: number[] = [];
  const skip = (line: number) => {
    skipped++;
    if (skippedLines.length < shownLines) skippedLines.push(line);
  };
  for (const [index, line] of content.split('\n').entries()) {
    if (line.trim() === '') continue;
    let row: unknown;
    try {
      row = JSON.parse(line);
    } catch {
      skip(index + 1);
      continue;
    }
    const id = isJsonObject(row) ? (row._id ?? row.id) : undefined;
    const text = isJsonObject(row) ? row.text : undefined;
    if ((typeof id !== 'string' && typeof id !== 'number') || typeof text !== 'string') {
      skip(index + 1);
      continue;
    }
    passages.set(String(id), { id: String(id), text });
  }
  return { passages, skipped, skippedLines };
}
