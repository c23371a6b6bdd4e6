import type { LadderRung } from './charts/k-shot-chart.js';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function rateOf(record: Record<string, unknown>): { value: number; low: number; high: number } | null {
  for (const candidate of [record, record.accuracy, record.estimate]) {
    if (
      isRecord(candidate) &&
      typeof candidate.value === 'number' &&
      typeof candidate.low === 'number' &&
      typeof candidate.high === 'number'
    )
      return { value: candidate.value, low: candidate.low, high: candidate.high };
  }
  return null;
}

/**
 * Finds a k-shot ladder anywhere in the report (live mode writes one): an array of records with a
 * numeric `k` and a rate with its interval (`{value, low, high}`, directly or under `accuracy`),
 * optionally a `strategy`. Found by shape, not by path, so the chart appears whichever section the
 * live experiments put it in. Returns null when the report has none.
 */
export function findLadder(value: unknown, depth = 0): LadderRung[] | null {
  if (depth > 5) return null;
  if (Array.isArray(value)) {
    if (
      value.length >= 2 &&
      value.every((entry) => isRecord(entry) && typeof entry.k === 'number' && rateOf(entry) !== null)
    ) {
      return value.map((entry) => {
        const record = entry as Record<string, unknown>;
        const strategy = record.strategy ?? record.selection ?? 'random';
        return { k: record.k as number, strategy: String(strategy), ...rateOf(record)! };
      });
    }
    return null;
  }
  if (!isRecord(value)) return null;
  for (const [key, entry] of Object.entries(value)) {
    if (key === 'items') continue;
    const found = findLadder(entry, depth + 1);
    if (found) return found;
  }
  return null;
}
