import { formatCount, formatUsd } from './format-usd.js';

/** People's time, priced. */
export interface LabourCost {
  hours: number;
  usd: number;
  formula: string;
}

/** Hours x a loaded hourly rate. */
export function labourCost(hours: number, hourlyRate: number): LabourCost {
  return { hours, usd: hours * hourlyRate, formula: `${round(hours)} h × ${formatUsd(hourlyRate)}/h` };
}

/**
 * Labelling or relabelling examples by hand (research/evidence-cost.md §6.1):
 * `examples × minutes per example / 60 × (1 + QA rework share)` hours at the labelling rate.
 */
export function labellingCost(options: {
  examples: number;
  minutesPerExample: number;
  hourlyRate: number;
  qaRework: number;
}): LabourCost {
  const hours = ((options.examples * options.minutesPerExample) / 60) * (1 + options.qaRework);
  const rework = options.qaRework > 0 ? ` × ${1 + options.qaRework} (QA rework)` : '';
  return {
    hours,
    usd: hours * options.hourlyRate,
    formula: `${formatCount(options.examples)} examples × ${options.minutesPerExample} min / 60${rework} × ${formatUsd(options.hourlyRate)}/h`,
  };
}

const round = (value: number) => Number(value.toFixed(2));
