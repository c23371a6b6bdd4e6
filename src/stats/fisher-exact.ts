/**
 * Two-sided Fisher exact test for a 2×2 table
 *
 *              outcome yes   outcome no
 *   group 1        a             b
 *   group 2        c             d
 *
 * Conditional on the margins, `a` follows a hypergeometric distribution under the null hypothesis
 * of no association. The two-sided p-value sums the probability of every table at most as likely as
 * the observed one — the rule of R's `fisher.test`, including its relative tolerance of 1e-7 so that
 * tables tied in probability up to rounding count as "as extreme". Returns 1 when a margin is 0
 * (there is only one possible table).
 */
export function fisherExact(a: number, b: number, c: number, d: number): number {
  for (const count of [a, b, c, d]) {
    if (!Number.isInteger(count) || count < 0) return Number.NaN;
  }
  const row1 = a + b;
  const column1 = a + c;
  const total = a + b + c + d;
  const low = Math.max(0, column1 - (total - row1));
  const high = Math.min(row1, column1);
  if (low === high) return 1;
  // Log-probabilities up to a constant, from the ratio of neighbouring hypergeometric terms:
  // P(x+1)/P(x) = (row1 − x)(column1 − x) / ((x + 1)(total − row1 − column1 + x + 1)).
  const logWeights = new Float64Array(high - low + 1);
  for (let x = low; x < high; x++) {
    logWeights[x - low + 1] =
      logWeights[x - low]! +
      Math.log(row1 - x) +
      Math.log(column1 - x) -
      Math.log(x + 1) -
      Math.log(total - row1 - column1 + x + 1);
  }
  let largest = Number.NEGATIVE_INFINITY;
  for (const value of logWeights) largest = Math.max(largest, value);
  const observed = logWeights[a - low]!;
  let all = 0;
  let asExtreme = 0;
  // 1e-7 relative tolerance, as R: log(1 + 1e-7) ≈ 1e-7.
  const cut = observed + 1e-7;
  for (const value of logWeights) {
    const weight = Math.exp(value - largest);
    all += weight;
    if (value <= cut) asExtreme += weight;
  }
  return Math.min(1, asExtreme / all);
}
