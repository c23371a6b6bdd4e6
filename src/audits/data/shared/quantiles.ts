/** Sorted copy of the values (numbers ascending). */
export function sortedCopy(values: ArrayLike<number>): Float64Array {
  const copy = Float64Array.from(values as ArrayLike<number>);
  copy.sort();
  return copy;
}

/** The q-quantile of sorted values, with linear interpolation (numpy's default), NaN when empty. */
export function quantile(sorted: ArrayLike<number>, q: number): number {
  const length = sorted.length;
  if (length === 0) return Number.NaN;
  const position = (length - 1) * q;
  const below = Math.floor(position);
  const above = Math.min(length - 1, below + 1);
  const weight = position - below;
  return sorted[below]! * (1 - weight) + sorted[above]! * weight;
}

/** Summary of a distribution: min, max, mean, median and the true 5th/95th percentiles. */
export interface Distribution {
  min: number;
  max: number;
  mean: number;
  median: number;
  p5: number;
  p95: number;
}

/** Describes values (empty: all zeros). */
export function describeDistribution(values: ArrayLike<number>): Distribution {
  if (values.length === 0) return { min: 0, max: 0, mean: 0, median: 0, p5: 0, p95: 0 };
  const sorted = sortedCopy(values);
  let sum = 0;
  for (let index = 0; index < sorted.length; index++) sum += sorted[index]!;
  return {
    min: sorted[0]!,
    max: sorted[sorted.length - 1]!,
    mean: sum / sorted.length,
    median: quantile(sorted, 0.5),
    p5: quantile(sorted, 0.05),
    p95: quantile(sorted, 0.95),
  };
}
