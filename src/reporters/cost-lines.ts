import type { CostLine, FineTuneEconomicsReport } from '../core/report/cost-question.js';
import type { CostQuestion } from '../core/report/report.js';
import { formatMonths } from '../cost/format-months.js';
import { formatCount, formatSignificant, formatUsd } from '../cost/format-usd.js';

/** One line of the Q3 block, with how it should stand out. */
export interface CostTextLine {
  text: string;
  tone: 'normal' | 'warning' | 'dim';
}

/** Accuracy points; break-even lifts can be tiny, so below 0.1 they keep two significant digits. */
const points = (value: number) => {
  const pts = value * 100;
  return `${pts !== 0 && Math.abs(pts) < 0.1 ? Number(pts.toPrecision(2)) : pts.toFixed(1)} pts`;
};
const months = (value: number | null) => (value === null ? 'never' : formatMonths(value));

/** `12.9M`, `37,500`: traffic figures. */
function requests(value: number): string {
  if (value >= 10_000_000) return `${(value / 1_000_000).toFixed(1)}M`;
  return formatCount(value);
}

/** What break-even traffic means, in words. */
export function breakEvenText(breakEven: FineTuneEconomicsReport['breakEvenTraffic']): string | undefined {
  if (breakEven === null) return undefined;
  switch (breakEven.direction) {
    case 'at_least':
      return `pays back from ${requests(breakEven.requestsPerMonth!)} requests/month (fine-tuned requests are cheaper)`;
    case 'at_most':
      return `pays back only up to ${requests(breakEven.requestsPerMonth!)} requests/month (fine-tuned requests cost more)`;
    case 'always':
      return 'pays back at any traffic';
    case 'never':
      return 'no traffic makes it pay back within the horizon';
  }
}

const joinLines = (lines: readonly CostLine[]) =>
  lines.map((line) => `${line.label} ${formatUsd(line.usd)}`).join(' · ');

/**
 * The Q3 block as text lines, shared by the terminal and markdown views and `fixfirst cost`:
 * the fine-tuning cost, per-request change, value and payback, break-even traffic, platform-risk
 * warnings, the cost of each action and the assumptions. With `formulas`, every cost line is
 * followed by its arithmetic.
 */
export function costLines(cost: CostQuestion, options: { formulas: boolean }): CostTextLine[] {
  const out: CostTextLine[] = [];
  const add = (text: string, tone: CostTextLine['tone'] = 'normal') => out.push({ text, tone });
  const fineTune = cost.fineTune;
  if (fineTune !== undefined) {
    const training = fineTune.training;
    add(
      `fine-tune ${fineTune.model} (serving today: ${fineTune.baseModel}): one-off ${formatUsd(fineTune.oneOffUsd)} = ${joinLines(fineTune.oneOffLines)}`,
    );
    add(
      `  ${training.iterations} run(s) × ${formatCount(training.tokensPerEpoch)} tokens × ${training.epochs} epochs (${training.epochsNote}); tokens: ${training.tokensSource}`,
      'dim',
    );
    if (options.formulas)
      for (const line of fineTune.oneOffLines) add(`  ${line.label}: ${line.formula}`, 'dim');
    const perRequest = fineTune.perRequest;
    const running =
      fineTune.monthlyCostUsd === null
        ? 'running cost unknown (set requests_per_month)'
        : `running ${fineTune.monthlyCostUsd >= 0 ? '+' : '−'}${formatUsd(Math.abs(fineTune.monthlyCostUsd))}/month (${joinLines(fineTune.monthlyLines)})`;
    add(
      `per request: today ${formatUsd(perRequest.promptUsd)} → fine-tuned ${formatUsd(perRequest.fineTunedUsd)} (${perRequest.extraUsd >= 0 ? '+' : '−'}${formatUsd(Math.abs(perRequest.extraUsd))}) · ${running}`,
    );
    if (options.formulas) {
      add(`  today: ${perRequest.promptFormula}`, 'dim');
      add(`  fine-tuned: ${perRequest.fineTunedFormula}`, 'dim');
      for (const line of fineTune.monthlyLines) add(`  ${line.label}: ${line.formula}`, 'dim');
    }
    if (fineTune.lift !== null && fineTune.monthlyValueUsd !== null) {
      const lift =
        fineTune.lift.kind === 'bound'
          ? `at most ${points(fineTune.lift.value)} (bound: the behavioral remainder)`
          : `${points(fineTune.lift.value)} (${fineTune.lift.kind})`;
      const range =
        fineTune.paybackMonthsRange === null
          ? ''
          : ` (${months(fineTune.paybackMonthsRange.atHighLift)} at ${points(fineTune.lift.high)}, ${months(fineTune.paybackMonthsRange.atLowLift)} at ${points(fineTune.lift.low)})`;
      add(
        `value: ${lift} = ${formatUsd(fineTune.monthlyValueUsd)}/month · payback ${months(fineTune.paybackMonths)}${range}${fineTune.breakEvenLift === null ? '' : ` · needs at least ${points(fineTune.breakEvenLift)} to pay back`}`,
      );
    }
    const breakEven = breakEvenText(fineTune.breakEvenTraffic);
    const costOnly =
      fineTune.costOnlyBreakEvenRequestsPerMonth === null
        ? 'per-request savings alone never repay it'
        : `per-request savings alone repay it from ${requests(fineTune.costOnlyBreakEvenRequestsPerMonth)} requests/month`;
    add(`break-even traffic: ${breakEven === undefined ? '' : `${breakEven}; `}${costOnly}`);
    for (const note of fineTune.notes) add(`note: ${note}`, 'dim');
  }
  for (const warning of cost.platformRisk?.warnings ?? []) add(`⚠ platform: ${warning}`, 'warning');
  if (cost.actions !== undefined && cost.actions.length > 0) {
    // Each figure says what period it covers: the action's cost over the horizon is its one-off
    // cost plus the running-cost change, so it differs from the one-off cost above.
    const horizon = cost.horizonMonths;
    add(
      `cost per action${horizon === undefined ? '' : ` over ${horizon} months (one-off + running change)`}: ${cost.actions
        .map((action) => {
          const rate =
            action.liftPointsPerThousandUsd === null
              ? ''
              : `, ${formatSignificant(action.liftPointsPerThousandUsd)} pts per $1k`;
          const parts =
            action.monthlyUsd === null || action.monthlyUsd === 0
              ? ''
              : ` = ${formatUsd(action.oneOffUsd)} one-off ${action.monthlyUsd >= 0 ? '+' : '−'} ${formatUsd(Math.abs(action.monthlyUsd))}/month`;
          return `${action.kind} ${formatUsd(action.horizonUsd)}${parts} (${Math.round(action.hours)} h${rate})`;
        })
        .join(' · ')}`,
    );
    if (options.formulas) {
      for (const action of cost.actions) {
        if (action.kind === 'fine_tune') continue;
        for (const line of action.lines) add(`  ${action.kind} ${line.label}: ${line.formula}`, 'dim');
      }
    }
  }
  const assumptions = cost.assumptions ?? [];
  if (assumptions.length > 0) {
    const shown = options.formulas ? assumptions : assumptions.filter((entry) => entry.basis === 'default');
    if (shown.length > 0) {
      add(
        `assumptions${options.formulas ? '' : ' (defaults; set them under economics:)'}: ${shown.map((entry) => `${entry.key} ${entry.value}`).join(' · ')}`,
        'dim',
      );
    }
  }
  if (cost.prices !== undefined) {
    add(
      `prices: ${cost.prices.file} (${cost.prices.version}); ${cost.prices.sources.map((source) => `${source.id} ${source.published ?? `read ${source.read}`}${source.evidence === 'verified' ? '' : ` (${source.evidence})`}`).join(', ')}`,
      'dim',
    );
  }
  return out;
}
