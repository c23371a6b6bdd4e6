import { normalQuantile } from './normal-quantile.js';

/**
 * Minimum detectable lift of a paired binary comparison on n items (Miller 2024 Eq. 10 with
 * Var(d) = π_d − Δ²): solves Δ = (z_{α/2} + z_β)·sqrt((π_d − Δ²)/n) by fixed-point iteration.
 * `discordance` is the expected share of items on which the two systems disagree.
 */
export function minimumDetectableLift(n: number, discordance = 0.2, alpha = 0.05, power = 0.8): number {
  if (n <= 0) return 1;
  const factor = normalQuantile(1 - alpha / 2) + normalQuantile(power);
  let lift = factor * Math.sqrt(discordance / n);
  for (let iteration = 0; iteration < 100; iteration++) {
    const next = factor * Math.sqrt(Math.max(0, discordance - lift * lift) / n);
    if (Math.abs(next - lift) < 1e-12) break;
    lift = next;
  }
  return lift;
}
