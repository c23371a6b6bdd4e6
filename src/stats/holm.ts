/**
 * Holm (1979) step-down adjusted p-values, in the order given (stats.md §4.1): sort p_(1) ≤ … ≤ p_(m);
 * p̃_(j) = max over i ≤ j of min(1, (m − i + 1)·p_(i)). Rejecting every hypothesis with p̃ < α keeps the
 * family-wise error rate at α under any dependence, and is never less powerful than Bonferroni.
 */
export function holmAdjust(pValues: readonly number[]): number[] {
  const m = pValues.length;
  const order = pValues.map((_, index) => index).sort((left, right) => pValues[left]! - pValues[right]!);
  const adjusted = new Array<number>(m);
  let running = 0;
  order.forEach((original, rank) => {
    running = Math.max(running, Math.min(1, (m - rank) * pValues[original]!));
    adjusted[original] = running;
  });
  return adjusted;
}
