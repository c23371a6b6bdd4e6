import { join } from 'node:path';
import Database from 'better-sqlite3';

/** One figure from a project's call store (DIR/.fixfirst/store.sqlite), read-only. */
function storeFigure(dir: string, sql: string): number {
  const database = new Database(join(dir, '.fixfirst', 'store.sqlite'), { readonly: true });
  try {
    return (database.prepare(sql).get() as { value: number }).value;
  } finally {
    database.close();
  }
}

/** Calls committed to the project's store. */
export function storedCalls(dir: string): number {
  return storeFigure(dir, 'SELECT COUNT(*) AS value FROM calls');
}

/** Dollars the stored calls cost. */
export function storedCost(dir: string): number {
  return storeFigure(dir, 'SELECT COALESCE(SUM(cost_usd), 0) AS value FROM calls');
}
