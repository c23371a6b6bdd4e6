import type { ActionCosts, ActionEconomics, CostLine } from '../core/report/cost-question.js';
import type { EconomicsInputs } from './economics-inputs.js';
import { evalRunsCost } from './eval-cost.js';
import { formatMonths } from './format-months.js';
import { formatCount, formatSignificant, formatUsd } from './format-usd.js';
import { labellingCost, labourCost } from './labour-cost.js';
import type { LiftEvidence } from './lift-evidence.js';
import { monthlyValue } from './monthly-value.js';
import { payback } from './payback.js';
import type { PlatformRisk } from './platform-risk.js';

/**
 * Completes an action from its cost lines: the one-off total, the cost over the horizon, the lift
 * it buys per $1,000 (the plan's ranking key) and its payback when value is configured.
 */
export function finishAction(options: {
  kind: ActionEconomics['kind'];
  lift: LiftEvidence | null;
  lines: CostLine[];
  monthlyUsd: number | null;
  hours: number;
  horizonMonths: number;
  valuePerPointPerMonth: number | undefined;
  note: string;
}): ActionEconomics {
  const oneOffUsd = options.lines.reduce((sum, line) => sum + line.usd, 0);
  const horizonUsd = oneOffUsd + (options.monthlyUsd ?? 0) * options.horizonMonths;
  const liftPoints = options.lift === null ? null : options.lift.value * 100;
  const liftPointsPerThousandUsd =
    liftPoints === null ? null : horizonUsd <= 0 ? null : (liftPoints / horizonUsd) * 1000;
  const paybackMonths =
    options.lift === null || options.valuePerPointPerMonth === undefined
      ? null
      : payback({
          oneOffUsd,
          monthlyValueUsd: monthlyValue(options.lift.value, options.valuePerPointPerMonth),
          monthlyCostUsd: options.monthlyUsd ?? 0,
          horizonMonths: options.horizonMonths,
        }).paybackMonths;
  return {
    kind: options.kind,
    lift: options.lift,
    oneOffUsd,
    monthlyUsd: options.monthlyUsd,
    horizonUsd,
    hours: options.hours,
    liftPointsPerThousandUsd,
    paybackMonths,
    lines: options.lines,
    note: options.note,
  };
}

/**
 * A prompt or retrieval fix: engineering hours, eval runs to try and confirm it on the base model,
 * one more eval run when the base model is retired within the horizon; a prompt fix may also add
 * tokens to every request.
 */
export function fixActionEconomics(
  inputs: EconomicsInputs,
  kind: 'fix_prompt' | 'fix_foundation',
  promptPerRequestUsd: number,
  risk: PlatformRisk,
): ActionEconomics {
  const labour = labourCost(inputs.labour.hours[kind], inputs.labour.hourlyRate);
  const evals = evalRunsCost({
    runs: inputs.evalPlan.runsPerFix,
    items: inputs.evalPlan.items,
    perRequestUsd: promptPerRequestUsd,
  });
  const lines: CostLine[] = [
    { label: 'engineering', usd: labour.usd, formula: labour.formula },
    { label: 'eval runs', usd: evals.usd, formula: evals.formula },
  ];
  if (risk.baseRetires !== null) {
    const rerun = evalRunsCost({ runs: 1, items: inputs.evalPlan.items, perRequestUsd: promptPerRequestUsd });
    lines.push({
      label: 're-validation',
      usd: rerun.usd,
      formula: `${inputs.baseModel.id} is retired on ${risk.baseRetires}: ${rerun.formula} on the replacement`,
    });
  }
  let monthlyUsd: number | null = inputs.requestsPerMonth === undefined ? null : 0;
  const extraTokens = kind === 'fix_prompt' ? inputs.prompt.fixExtraTokens : 0;
  const input = inputs.baseModel.prices.inference?.input ?? 0;
  if (extraTokens > 0 && inputs.requestsPerMonth !== undefined) {
    monthlyUsd = (extraTokens * input * inputs.requestsPerMonth) / 1e6;
  }
  const lift = kind === 'fix_prompt' ? inputs.lifts.fixPrompt : inputs.lifts.fixFoundation;
  return finishAction({
    kind,
    lift: lift ?? null,
    lines,
    monthlyUsd,
    hours: labour.hours,
    horizonMonths: inputs.horizonMonths,
    valuePerPointPerMonth: inputs.valuePerPointPerMonth,
    note:
      extraTokens > 0
        ? `adds ${formatCount(extraTokens)} input tokens per request`
        : 'labour and eval runs; no change in running cost assumed',
  });
}

/** Data cleaning and relabelling: engineering hours plus hand-relabelling of the flagged examples. */
export function dataActionEconomics(inputs: EconomicsInputs): ActionEconomics {
  const labour = labourCost(inputs.labour.hours.fix_data, inputs.labour.hourlyRate);
  const labelling = labellingCost({
    examples: inputs.labour.examplesToLabel,
    minutesPerExample: inputs.labour.minutesPerExample,
    hourlyRate: inputs.labour.labellingHourlyRate,
    qaRework: inputs.labour.qaRework,
  });
  const lines: CostLine[] = [{ label: 'engineering', usd: labour.usd, formula: labour.formula }];
  if (labelling.hours > 0)
    lines.push({ label: 'relabelling', usd: labelling.usd, formula: labelling.formula });
  return finishAction({
    kind: 'fix_data',
    lift: null,
    lines,
    monthlyUsd: inputs.requestsPerMonth === undefined ? null : 0,
    hours: labour.hours + labelling.hours,
    horizonMonths: inputs.horizonMonths,
    valuePerPointPerMonth: undefined,
    note: `buys no accuracy on its own: it makes fine-tuning possible (${inputs.labour.examplesToLabelSource})`,
  });
}

/** The cost the verdict attaches to each action: the horizon total, with its parts in words. */
export function toActionCosts(actions: readonly ActionEconomics[], horizonMonths: number): ActionCosts {
  const costs: ActionCosts = {};
  for (const action of actions) {
    const running =
      action.monthlyUsd === null
        ? ' (running cost unknown: set economics.requests_per_month)'
        : action.monthlyUsd === 0
          ? ''
          : ` ${action.monthlyUsd > 0 ? '+' : '−'} ${formatUsd(Math.abs(action.monthlyUsd))}/month × ${horizonMonths} months`;
    const rate =
      action.liftPointsPerThousandUsd === null
        ? ''
        : ` · ${formatSignificant(action.liftPointsPerThousandUsd)} pts per $1k`;
    const back = action.paybackMonths === null ? '' : ` · payback ${formatMonths(action.paybackMonths)}`;
    costs[action.kind] = {
      usd: action.horizonUsd,
      hours: Math.round(action.hours * 10) / 10,
      note: `${formatUsd(action.oneOffUsd)} one-off${running}${rate}${back}`,
    };
  }
  return costs;
}
