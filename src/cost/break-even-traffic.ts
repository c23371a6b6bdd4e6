/**
 * Break-even traffic. `at_least`: pays back at this many requests per month or more (fine-tuning
 * saves per request); `at_most`: only up to this many (it costs more per request, so traffic eats
 * the value); `always` / `never`: traffic does not decide it.
 */
export interface BreakEvenTraffic {
  requestsPerMonth: number | null;
  direction: 'at_least' | 'at_most' | 'always' | 'never';
}

/**
 * The monthly traffic V at which value − fixed monthly cost − V·Δ equals the one-off cost spread
 * over the horizon, where Δ is the extra cost per request of the fine-tuned path (negative when it
 * saves). Solves `value − H − V·Δ = F / horizon`.
 */
export function breakEvenTraffic(options: {
  oneOffUsd: number;
  horizonMonths: number;
  monthlyValueUsd: number;
  fixedMonthlyUsd: number;
  extraCostPerRequestUsd: number;
}): BreakEvenTraffic {
  const shortfall =
    options.oneOffUsd / options.horizonMonths + options.fixedMonthlyUsd - options.monthlyValueUsd;
  const delta = options.extraCostPerRequestUsd;
  if (delta === 0) return { requestsPerMonth: null, direction: shortfall <= 0 ? 'always' : 'never' };
  if (delta < 0) {
    if (shortfall <= 0) return { requestsPerMonth: 0, direction: 'always' };
    return { requestsPerMonth: shortfall / -delta, direction: 'at_least' };
  }
  if (shortfall > 0) return { requestsPerMonth: null, direction: 'never' };
  return { requestsPerMonth: -shortfall / delta, direction: 'at_most' };
}

/**
 * research/evidence-cost.md §6.2, value ignored: the monthly volume at which per-request savings
 * alone repay the one-off cost over `amortizationMonths` and the hosting,
 * `V* = (F / months + H) / (c_prompt − c_ft)`; null when the fine-tuned path saves nothing per request.
 */
export function costOnlyBreakEven(options: {
  oneOffUsd: number;
  amortizationMonths: number;
  fixedMonthlyUsd: number;
  savingPerRequestUsd: number;
}): number | null {
  if (options.savingPerRequestUsd <= 0) return null;
  return (
    (options.oneOffUsd / options.amortizationMonths + options.fixedMonthlyUsd) / options.savingPerRequestUsd
  );
}
