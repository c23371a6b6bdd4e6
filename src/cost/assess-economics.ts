import type { ActionEconomics, FineTuneEconomicsReport, PricesUsed } from '../core/report/cost-question.js';
import type { CostQuestion } from '../core/report/report.js';
import { dataActionEconomics, finishAction, fixActionEconomics, toActionCosts } from './action-economics.js';
import { breakEvenTraffic, costOnlyBreakEven } from './break-even-traffic.js';
import type { EconomicsInputs } from './economics-inputs.js';
import { type FineTuneCosts, fineTuneCosts, promptRequestCost } from './fine-tune-economics.js';
import { formatMonths } from './format-months.js';
import { formatCount, formatUsd } from './format-usd.js';
import { monthlyValue } from './monthly-value.js';
import { breakEvenLift, payback } from './payback.js';
import { assessPlatformRisk, type PlatformRisk } from './platform-risk.js';

const points = (value: number) => `${(value * 100).toFixed(1)} pts`;

/** The sources behind the figures used, for the report's footnote. */
function pricesUsed(inputs: EconomicsInputs): PricesUsed {
  const ids = new Set<string>();
  for (const model of [inputs.baseModel, inputs.fineTuneModel, inputs.migrationModel]) {
    if (model === undefined) continue;
    if (model.prices.inference) ids.add(model.prices.inference.source);
    if (model.prices.fineTuning) ids.add(model.prices.fineTuning.source);
    if (model.caching) ids.add(model.caching.source);
    const training = model.prices.fineTuning?.training;
    if (training && 'selfHosted' in training) {
      const row = inputs.catalog.throughput.find((entry) => entry.id === training.selfHosted.throughput);
      if (row) ids.add(row.source);
      for (const offer of inputs.catalog.gpuOffers)
        if (offer.gpu === training.selfHosted.gpu) ids.add(offer.source);
    }
  }
  for (const event of inputs.catalog.events) {
    if (event.provider === inputs.fineTuneModel.provider || event.provider === inputs.baseModel.provider) {
      ids.add(event.source);
    }
  }
  return {
    version: inputs.catalog.version,
    file: inputs.pricesFile,
    sources: [...ids]
      .filter((id) => inputs.catalog.sources[id] !== undefined)
      .map((id) => {
        const source = inputs.catalog.sources[id]!;
        return {
          id,
          title: source.title,
          url: source.url,
          read: source.read,
          published: source.published ?? null,
          evidence: source.evidence,
        };
      }),
  };
}

/** The fine-tuning report block, with the value parts filled in when traffic and value are known. */
function fineTuneReport(inputs: EconomicsInputs, costs: FineTuneCosts): FineTuneEconomicsReport {
  const training = inputs.training!;
  const oneOffUsd = costs.oneOffLines.reduce((sum, line) => sum + line.usd, 0);
  const extraUsd = costs.perRequest.fineTuned.usd - costs.perRequest.prompt.usd;
  const fixedMonthly = costs.monthlyLines
    .filter((line) => line.label !== 'inference change')
    .reduce((sum, line) => sum + line.usd, 0);
  const lift = inputs.lifts.fineTune;
  const value = inputs.valuePerPointPerMonth;
  const valued = lift !== undefined && value !== undefined && costs.monthlyCostUsd !== null;
  const monthlyValueUsd = valued ? monthlyValue(lift.value, value) : null;
  const result = valued
    ? payback({
        oneOffUsd,
        monthlyValueUsd: monthlyValueUsd!,
        monthlyCostUsd: costs.monthlyCostUsd!,
        horizonMonths: inputs.horizonMonths,
      })
    : null;
  const at = (liftValue: number) =>
    payback({
      oneOffUsd,
      monthlyValueUsd: monthlyValue(liftValue, value!),
      monthlyCostUsd: costs.monthlyCostUsd!,
      horizonMonths: inputs.horizonMonths,
    }).paybackMonths;
  return {
    model: inputs.fineTuneModel.id,
    baseModel: inputs.baseModel.id,
    training: {
      tokensPerEpoch: training.tokensPerEpoch,
      tokensSource: training.tokensSource,
      examples: training.examples ?? null,
      epochs: costs.epochs.epochs,
      epochsNote: costs.epochs.note,
      iterations: training.iterations,
      runUsd: costs.run.usd,
      runFormula: costs.run.formula,
    },
    perRequest: {
      promptUsd: costs.perRequest.prompt.usd,
      promptFormula: costs.perRequest.prompt.formula,
      fineTunedUsd: costs.perRequest.fineTuned.usd,
      fineTunedFormula: costs.perRequest.fineTuned.formula,
      extraUsd,
    },
    oneOffUsd,
    oneOffLines: costs.oneOffLines,
    monthlyCostUsd: costs.monthlyCostUsd,
    monthlyLines: costs.monthlyLines,
    lift: lift ?? null,
    monthlyValueUsd,
    monthlyNetUsd: result?.monthlyNetUsd ?? null,
    netOverHorizonUsd: result?.netOverHorizonUsd ?? null,
    paybackMonths: result?.paybackMonths ?? null,
    paybackMonthsRange:
      valued && lift!.low !== lift!.high ? { atHighLift: at(lift!.high), atLowLift: at(lift!.low) } : null,
    breakEvenLift:
      value !== undefined && costs.monthlyCostUsd !== null
        ? breakEvenLift({
            oneOffUsd,
            monthlyCostUsd: costs.monthlyCostUsd,
            horizonMonths: inputs.horizonMonths,
            valuePerPointPerMonth: value,
          })
        : null,
    breakEvenTraffic:
      monthlyValueUsd === null
        ? null
        : breakEvenTraffic({
            oneOffUsd,
            horizonMonths: inputs.horizonMonths,
            monthlyValueUsd,
            fixedMonthlyUsd: fixedMonthly,
            extraCostPerRequestUsd: extraUsd,
          }),
    costOnlyBreakEvenRequestsPerMonth: costOnlyBreakEven({
      oneOffUsd,
      amortizationMonths: inputs.horizonMonths,
      fixedMonthlyUsd: fixedMonthly,
      savingPerRequestUsd: -extraUsd,
    }),
    notes: [...inputs.notes, ...costs.notes],
  };
}

function reasonFor(
  inputs: EconomicsInputs,
  report: FineTuneEconomicsReport,
  risk: PlatformRisk,
  paysBack: boolean,
): string {
  const lift = report.lift!;
  const liftText =
    lift.kind === 'bound'
      ? `at most ${points(lift.value)} (behavioral remainder, an upper bound)`
      : `${points(lift.value)} (${lift.kind})`;
  const monthly = report.monthlyCostUsd!;
  const running = `${monthly >= 0 ? '+' : '−'}${formatUsd(Math.abs(monthly))}/month running`;
  const migration =
    risk.fineTuneRetires === null ? '' : ` incl. a forced migration (${risk.fineTuneRetires})`;
  const head = `fine-tuning ${report.model}: ${liftText} × ${formatUsd(inputs.valuePerPointPerMonth!)}/pt = ${formatUsd(report.monthlyValueUsd!)}/month against ${formatUsd(report.oneOffUsd)} one-off${migration} and ${running}`;
  const tail = paysBack
    ? `pays back in ${formatMonths(report.paybackMonths!)} (horizon ${inputs.horizonMonths} months)`
    : `does not pay back within ${inputs.horizonMonths} months${
        report.breakEvenLift === null
          ? ''
          : report.breakEvenLift > 1
            ? `: no accuracy gain could (it would need ${points(report.breakEvenLift)})`
            : `: it would need at least ${points(report.breakEvenLift)}`
      }`;
  const platform = risk.warnings.length > 0 ? `; platform: ${risk.warnings[0]}` : '';
  return `${head}; ${tail}${platform}`;
}

/**
 * Q3 (DESIGN §2): prices fine-tuning (training x iterations, eval runs, labour, data preparation,
 * a forced migration when the platform retires the fine-tune within the horizon), the change in
 * running cost, the value of the lift it can buy and its payback — and prices the prompt, data and
 * foundation fixes the same way, so the plan can be ranked by lift per dollar. Pure: all inputs,
 * including today's date, are passed in. A missing price throws (`inputs.missingPrice`), or, with
 * `onMissingPrice: 'not_assessed'`, makes Q3 not assessed with the key to set while the fixes the
 * price data can price keep their costs.
 */
export function assessEconomics(given: EconomicsInputs): CostQuestion {
  const missing = new WeakSet<object>();
  const inputs: EconomicsInputs = {
    ...given,
    missingPrice: (modelId, key, what, keys) => {
      const error = given.missingPrice(modelId, key, what, keys);
      missing.add(error);
      return error;
    },
  };
  const notAssessed = (error: unknown): CostQuestion | undefined =>
    inputs.onMissingPrice === 'not_assessed' &&
    typeof error === 'object' &&
    error !== null &&
    missing.has(error)
      ? { status: 'not_assessed', reason: `${(error as Error).message}${hintOf(error)}` }
      : undefined;
  let cheaper: ActionEconomics[];
  let risk: PlatformRisk;
  try {
    risk = assessPlatformRisk({
      catalog: inputs.catalog,
      fineTuneModel: inputs.fineTuneModel,
      baseModel: inputs.baseModel,
      today: inputs.today,
      horizonMonths: inputs.horizonMonths,
    });
    const prompt = promptRequestCost(inputs);
    cheaper = [
      fixActionEconomics(inputs, 'fix_prompt', prompt.usd, risk),
      fixActionEconomics(inputs, 'fix_foundation', prompt.usd, risk),
      dataActionEconomics(inputs),
    ];
  } catch (error) {
    const result = notAssessed(error);
    if (result === undefined) throw error;
    return result;
  }
  try {
    return assessFineTuning(inputs, risk, cheaper);
  } catch (error) {
    const result = notAssessed(error);
    if (result === undefined || result.status !== 'not_assessed') throw error;
    return {
      ...result,
      actions: cheaper,
      actionCosts: toActionCosts(cheaper, inputs.horizonMonths),
      horizonMonths: inputs.horizonMonths,
      platformRisk: risk,
      assumptions: inputs.assumptions,
      prices: pricesUsed(inputs),
    };
  }
}

const hintOf = (error: object) => {
  const hint = (error as { hint?: unknown }).hint;
  return typeof hint === 'string' ? `: ${hint}` : '';
};

function assessFineTuning(
  inputs: EconomicsInputs,
  risk: PlatformRisk,
  cheaper: ActionEconomics[],
): CostQuestion {
  const data = cheaper.find((action) => action.kind === 'fix_data')!;
  const actions = [...cheaper];
  const prices = pricesUsed(inputs);
  const partial = (reason: string, fineTune?: FineTuneEconomicsReport): CostQuestion => ({
    status: 'not_assessed',
    reason,
    actions,
    actionCosts: toActionCosts(actions, inputs.horizonMonths),
    horizonMonths: inputs.horizonMonths,
    fineTune,
    platformRisk: risk,
    assumptions: inputs.assumptions,
    prices,
  });
  if (risk.closed !== null) {
    return partial(
      `${risk.closed} Price another path: set ${inputs.keyName('economics.fine_tune_model')} (e.g. fireworks:up-to-16b, self-hosted:llama-3.1-8b-lora)`,
    );
  }
  if (inputs.training === undefined) return partial(inputs.trainingMissing);
  const dataPreparation =
    inputs.data === 'ready'
      ? null
      : {
          usd: data.oneOffUsd,
          formula: `${inputs.data === 'not_ready' ? 'the data audit found problems' : 'the data is not audited yet'}: the fix_data action (${data.lines.map((line) => `${line.label} ${formatUsd(line.usd)}`).join(' + ')})`,
        };
  const costs = fineTuneCosts(inputs, risk, dataPreparation);
  const report = fineTuneReport(inputs, costs);
  actions.push(
    finishAction({
      kind: 'fine_tune',
      lift: inputs.lifts.fineTune ?? null,
      lines: costs.oneOffLines,
      monthlyUsd: costs.monthlyCostUsd,
      hours:
        inputs.labour.hours.fine_tune * (risk.fineTuneRetires === null ? 1 : 2) +
        (dataPreparation ? data.hours : 0),
      horizonMonths: inputs.horizonMonths,
      valuePerPointPerMonth: inputs.valuePerPointPerMonth,
      note: `${report.training.iterations} training run(s) of ${formatCount(report.training.tokensPerEpoch)} tokens × ${report.training.epochs} epochs`,
    }),
  );
  if (inputs.requestsPerMonth === undefined || inputs.valuePerPointPerMonth === undefined) {
    const missing = [
      inputs.requestsPerMonth === undefined ? inputs.keyName('economics.requests_per_month') : undefined,
      inputs.valuePerPointPerMonth === undefined
        ? inputs.keyName('economics.value_per_point_per_month')
        : undefined,
    ].filter((key) => key !== undefined);
    return partial(
      `fine-tuning ${report.model} costs ${formatUsd(report.oneOffUsd)} one-off; a payback needs ${missing.join(' and ')}`,
      report,
    );
  }
  if (report.lift === null) {
    return partial(
      `no lift to value: give the accuracy fine-tuning would buy as a prior (${inputs.keyName('economics.fine_tune_lift')})`,
      report,
    );
  }
  const paysBack = report.paybackMonths !== null && report.paybackMonths <= inputs.horizonMonths;
  return {
    status: paysBack ? 'pays_back' : 'does_not_pay_back',
    reason: reasonFor(inputs, report, risk, paysBack),
    paybackMonths: report.paybackMonths,
    fineTuneCostUsd: report.oneOffUsd,
    horizonMonths: inputs.horizonMonths,
    requestsPerMonth: inputs.requestsPerMonth,
    valuePerPointPerMonth: inputs.valuePerPointPerMonth,
    details: {
      model: report.model,
      baseModel: report.baseModel,
      oneOffUsd: report.oneOffUsd,
      monthlyCostUsd: report.monthlyCostUsd,
      monthlyValueUsd: report.monthlyValueUsd,
      liftKind: report.lift.kind,
      breakEvenLift: report.breakEvenLift,
      breakEvenRequestsPerMonth: report.breakEvenTraffic?.requestsPerMonth ?? null,
      breakEvenDirection: report.breakEvenTraffic?.direction ?? null,
      promptPerRequestUsd: report.perRequest.promptUsd,
      fineTunedPerRequestUsd: report.perRequest.fineTunedUsd,
      platformWarnings: risk.warnings.length,
    },
    fineTune: report,
    actions,
    actionCosts: toActionCosts(actions, inputs.horizonMonths),
    platformRisk: risk,
    assumptions: inputs.assumptions,
    prices,
  };
}
