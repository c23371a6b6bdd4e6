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

const rungId = /^k-shot-(\d+)-([a-z]+)$/;

/**
 * Rungs from paired comparisons named `k-shot-<k>-<strategy>` (candidate accuracy at k examples,
 * baseline accuracy at 0), the way live mode records its experiments.
 */
function ladderFromComparisons(comparisons: readonly unknown[]): LadderRung[] | null {
  const rungs: LadderRung[] = [];
  const baselines = new Map<string, LadderRung>();
  for (const comparison of comparisons) {
    if (!isRecord(comparison) || typeof comparison.id !== 'string') return null;
    const match = rungId.exec(comparison.id);
    const candidate = isRecord(comparison.candidateAccuracy) ? rateOf(comparison.candidateAccuracy) : null;
    if (match === null || candidate === null) return null;
    const strategy = match[2]!;
    rungs.push({ k: Number(match[1]), strategy, ...candidate });
    const baseline = isRecord(comparison.baselineAccuracy) ? rateOf(comparison.baselineAccuracy) : null;
    if (baseline !== null && !baselines.has(strategy))
      baselines.set(strategy, { k: 0, strategy, ...baseline });
  }
  if (rungs.length === 0) return null;
  return [...baselines.values(), ...rungs].sort((a, b) => a.strategy.localeCompare(b.strategy) || a.k - b.k);
}

/**
 * Finds a k-shot ladder anywhere in the report (live mode writes one): an array of records with a
 * numeric `k` and a rate with its interval (`{value, low, high}`, directly or under `accuracy`),
 * optionally a `strategy`; or paired comparisons named `k-shot-<k>-<strategy>`. Found by shape,
 * not by path, so the chart appears whichever section the live experiments put it in. Returns null
 * when the report has none.
 */
export function findLadder(value: unknown, depth = 0): LadderRung[] | null {
  if (depth > 6) return null;
  if (isRecord(value) && Array.isArray(value.comparisons)) {
    const fromComparisons = ladderFromComparisons(value.comparisons);
    if (fromComparisons !== null) return fromComparisons;
  }
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
    for (const entry of value) {
      const found = findLadder(entry, depth + 1);
      if (found) return found;
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
