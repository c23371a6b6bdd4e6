/** When a one-off spend is earned back. */
export interface Payback {
  /** Value per month minus running cost per month. */
  monthlyNetUsd: number;
  /** One-off cost / monthly net; 0 when nothing is to be earned back; null when never. */
  paybackMonths: number | null;
  /** Earned back within the horizon. */
  paysBack: boolean;
  /** Monthly net x horizon − one-off cost. */
  netOverHorizonUsd: number;
}

/**
 * Payback of a one-off cost from a monthly value net of the running-cost change. A running cost
 * that eats the whole value means it never pays back, whatever the one-off cost.
 */
export function payback(options: {
  oneOffUsd: number;
  monthlyValueUsd: number;
  monthlyCostUsd: number;
  horizonMonths: number;
}): Payback {
  const monthlyNetUsd = options.monthlyValueUsd - options.monthlyCostUsd;
  let paybackMonths: number | null;
  if (options.oneOffUsd <= 0 && monthlyNetUsd >= 0) paybackMonths = 0;
  else paybackMonths = monthlyNetUsd > 0 ? options.oneOffUsd / monthlyNetUsd : null;
  return {
    monthlyNetUsd,
    paybackMonths,
    paysBack: paybackMonths !== null && paybackMonths <= options.horizonMonths,
    netOverHorizonUsd: monthlyNetUsd * options.horizonMonths - options.oneOffUsd,
  };
}

/**
 * The smallest lift (a proportion) that pays back within the horizon:
 * `(one-off / horizon + running cost per month) / value per point / 100`.
 */
export function breakEvenLift(options: {
  oneOffUsd: number;
  monthlyCostUsd: number;
  horizonMonths: number;
  valuePerPointPerMonth: number;
}): number {
  const needed = options.oneOffUsd / options.horizonMonths + options.monthlyCostUsd;
  return Math.max(0, needed / options.valuePerPointPerMonth / 100);
}
