import type { ContextPassage } from '../core/eval-case.js';
import { isJsonObject } from '../core/json.js';

/**
 * Passages of a BEIR-style corpus.jsonl (`{"_id", "title", "text"}`; `id` accepted for `_id`), by
 * id. Rows without an id or text are counted as skipped.
 */
export function parseCorpus(content: string): { passages: Map<string, ContextPassage>; skipped: number } {
  const passages = new Map<string, ContextPassage>();
  let skipped = 0;
  for (const line of content.split('\n')) {
    if (line.trim() === '') continue;
    let row: unknown;
    try {
      row = JSON.parse(line);
    } catch {
      skipped++;
      continue;
    }
    const id = isJsonObject(row) ? (row._id ?? row.id) : undefined;
    const text = isJsonObject(row) ? row.text : undefined;
    if ((typeof id !== 'string' && typeof id !== 'number') || typeof text !== 'string') {
      skipped++;
      continue;
    }
    passages.set(String(id), { id: String(id), text });
  }
  return { passages, skipped };
}
