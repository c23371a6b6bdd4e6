import type { ProblemCollector } from '../core/errors.js';
import { isJsonObject } from '../core/json.js';
import { csvTable } from './csv.js';

/**
 * The rows of an eval-set file, before they become cases: one JSON object per JSONL line, the
 * records of a JSON array, or CSV records under their header. Problems are collected with the line.
 */

/** One row as read, with its line (JSONL, CSV) or record number (JSON). */
export interface RawRow {
  line: number;
  row: Record<string, unknown>;
}

/** One JSONL line as an object row, or undefined (its problem collected). */
export function jsonlRow(
  line: number,
  content: string,
  file: string,
  collector: ProblemCollector,
): RawRow | undefined {
  let value: unknown;
  try {
    value = JSON.parse(content);
  } catch (error) {
    collector.add({
      location: { file, line },
      problem: `not valid JSON (${(error as Error).message})`,
      hint: 'each line must be one complete JSON object; look for a missing quote, brace or comma',
    });
    return undefined;
  }
  if (!isJsonObject(value)) {
    collector.add({
      location: { file, line },
      problem: `expected a JSON object, got ${describeType(value)}`,
      hint: 'each line must be one object like {"id": "1", "input": "...", "output": "..."}',
    });
    return undefined;
  }
  return { line, row: value };
}

/** The records of a .json eval set: an array, or {items|rows|data: [...]}. */
export function jsonRows(text: string, file: string, collector: ProblemCollector): RawRow[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message);
    const line = position ? text.slice(0, Number(position[1])).split('\n').length : undefined;
    collector.add({
      location: { file, line },
      problem: `not valid JSON (${message})`,
      hint: 'a .json eval set is one array of objects; for one object per line use .jsonl',
    });
    collector.throwIfAny();
  }
  const list = Array.isArray(value)
    ? value
    : isJsonObject(value) && Array.isArray(value.items ?? value.rows ?? value.data)
      ? ((value.items ?? value.rows ?? value.data) as unknown[])
      : undefined;
  if (list === undefined) {
    collector.add({
      location: { file },
      problem: `expected an array of items (or {"items": [...]}), got ${describeType(value)}`,
      hint: 'wrap the rows in [ ... ]',
    });
    collector.throwIfAny();
    return [];
  }
  const rows: RawRow[] = [];
  list.forEach((row, index) => {
    if (!isJsonObject(row)) {
      collector.add({
        location: { file, line: index + 1 },
        problem: `record ${index + 1}: expected an object, got ${describeType(row)}`,
        hint: 'each record is one object like {"id": "1", "input": "...", "output": "..."}',
      });
      return;
    }
    rows.push({ line: index + 1, row });
  });
  return rows;
}

/** CSV cells holding JSON (contexts, gold_ids, contract, tags) are parsed; `tags.x` columns become tags. */
export function csvRows(text: string, file: string, collector: ProblemCollector): RawRow[] {
  const rows: RawRow[] = [];
  for (const record of csvTable(text, file, collector)) {
    const { columns } = record;
    const row: Record<string, unknown> = {};
    const tags: Record<string, string> = {};
    columns.forEach((column, index) => {
      const cell = record.fields[index]!;
      if (column.startsWith('tags.')) {
        if (cell !== '') tags[column.slice(5)] = cell;
        return;
      }
      if (cell === '' && column !== 'output') return;
      if (column === 'contexts' || column === 'contract' || column === 'tags' || column === 'gold_ids') {
        const trimmed = cell.trim();
        if (trimmed.startsWith('[') || trimmed.startsWith('{')) {
          try {
            row[column] = JSON.parse(trimmed);
          } catch (error) {
            collector.add({
              location: { file, line: record.line, field: column },
              problem: `cell is not valid JSON (${(error as Error).message})`,
              hint:
                column === 'gold_ids'
                  ? 'write a JSON array ["d1","d2"] or ids separated by |'
                  : 'write a JSON array or object',
            });
          }
          return;
        }
        if (column === 'gold_ids') {
          row[column] = trimmed
            .split('|')
            .map((id) => id.trim())
            .filter(Boolean);
          return;
        }
      }
      row[column] = cell;
    });
    if (Object.keys(tags).length > 0) row.tags = { ...(isJsonObject(row.tags) ? row.tags : {}), ...tags };
    rows.push({ line: record.line, row });
  }
  return rows;
}

/** A value's type in words, for messages: `an object`, `number 42`. */
export function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `${typeof value} ${JSON.stringify(value).slice(0, 40)}`;
}
