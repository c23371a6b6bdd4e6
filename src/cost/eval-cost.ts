import { formatCount, formatUsd } from './format-usd.js';

/** Eval runs, priced. */
export interface EvalCost {
  requests: number;
  usd: number;
  formula: string;
}

/**
 * Cost of re-running the eval set (research/evidence-cost.md §6.1): runs x items x the cost of one
 * request, plus judge calls when outputs are graded by a model.
 */
export function evalRunsCost(options: {
  runs: number;
  items: number;
  perRequestUsd: number;
  judgeCallsPerItem?: number;
  judgePerCallUsd?: number;
}): EvalCost {
  const requests = options.runs * options.items;
  const judge = (options.judgeCallsPerItem ?? 0) * (options.judgePerCallUsd ?? 0);
  const usd = requests * (options.perRequestUsd + judge);
  const judgeText = judge > 0 ? ` + ${formatUsd(judge)} judging` : '';
  return {
    requests,
    usd,
    formula: `${options.runs} run(s) × ${formatCount(options.items)} items × (${formatUsd(options.perRequestUsd)}${judgeText})`,
  };
}
