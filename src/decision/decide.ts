import type { Thresholds } from '../core/config.js';
import type { LiveEvidence } from '../core/report/live-evidence.js';
import type {
  AssessedHeadroomStep,
  CostQuestion,
  DataQuestion,
  FoundationQuestion,
  HeadroomStep,
  Report,
  SurfaceQuestion,
} from '../core/report/report.js';
import type { Action, Decision, Verdict } from '../core/report/verdict.js';
import { formatMonths } from '../cost/format-months.js';
import { minimumDetectableLift } from '../stats/power.js';
import {
  isSignificant,
  measuredKShotLift,
  measuredOracleLift,
  measuredRepairLift,
} from './measured-lifts.js';
import { rankByLiftPerDollar } from './rank-actions.js';

/** Everything the verdict is decided from. The decision engine never calls a model or reads a file. */
export interface Evidence {
  summary: Report['summary'];
  headroom: HeadroomStep[];
  surface: SurfaceQuestion;
  data: DataQuestion;
  cost: CostQuestion;
  foundation: FoundationQuestion;
  thresholds: Thresholds;
  /** Live mode: measured lifts, which the verdict prefers to offline bounds. */
  live?: LiveEvidence | undefined;
}

const points = (value: number) => `${(value * 100).toFixed(1)} pts`;
const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

function step(evidence: Evidence, name: HeadroomStep['step']): HeadroomStep {
  return evidence.headroom.find((entry) => entry.step === name)!;
}

/** A bar that always has a figure (only the foundation bar can be not assessed). */
function figureStep(evidence: Evidence, name: 'surface' | 'behavioral'): AssessedHeadroomStep {
  const entry = step(evidence, name);
  if (entry.kind === 'not_assessed') throw new Error(`headroom bar ${name} has no figure`);
  return entry;
}

function liftOf(entry: HeadroomStep): Action['expectedLift'] {
  if (entry.kind === 'not_assessed') return null;
  return { value: entry.value, low: entry.low, high: entry.high, kind: entry.kind };
}

function costOf(evidence: Evidence, kind: Action['kind']): Action['cost'] {
  return evidence.cost.actionCosts?.[kind] ?? null;
}

/** The action a verdict's headline names first; it keeps its place when the plan is ranked. */
const leadAction: Partial<Record<Decision, Action['kind']>> = {
  FIX_PROMPT: 'fix_prompt',
  FIX_FOUNDATION: 'fix_foundation',
};

/** Items needed so that about `min_failures` failures show up at the observed failure rate. */
function itemsNeeded(evidence: Evidence): number {
  const { items } = evidence.summary;
  const failures = evidence.surface.failures;
  const failureRate = items > 0 && failures > 0 ? failures / items : 0.5;
  const forFailures = Math.ceil(evidence.thresholds.min_failures / failureRate);
  return Math.max(evidence.thresholds.min_items, forFailures, items + 1);
}

/**
 * The verdict of DESIGN §2.3: prompt first, then foundation, then data, then fine-tuning, with an
 * ordered action list. Pure: the same evidence always gives the same verdict.
 */
export function decide(evidence: Evidence): Verdict {
  const { thresholds, summary, surface, data, cost, foundation } = evidence;
  const n = summary.items;
  const reasons: string[] = [];
  const surfaceStep = figureStep(evidence, 'surface');
  const foundationStep = step(evidence, 'foundation');
  const behavioralStep = figureStep(evidence, 'behavioral');
  const gap = 1 - summary.accuracyStrict.value;
  const mde = minimumDetectableLift(n, 0.2, thresholds.alpha);

  const fixPrompt: Action = {
    kind: 'fix_prompt',
    title: `Fix the prompt and output handling: ${summary.classes.surface} item(s) are right in content but fail on form`,
    why: surface.byCategory.length
      ? `failing checks by category: ${surface.byCategory.map((entry) => `${entry.category} ${entry.items}`).join(', ')}`
      : 'outputs match the reference only after normalisation (case, fences, prose around the answer)',
    expectedLift: liftOf(surfaceStep),
    cost: costOf(evidence, 'fix_prompt'),
    confidence: surface.surfaceShare.low >= thresholds.surface_share ? 'high' : 'medium',
  };
  const fixFoundation: Action = {
    kind: 'fix_foundation',
    title: `Fix retrieval: ${summary.foundationItems} failure(s) never had the gold passage in the prompt`,
    why: foundation.status === 'not_assessed' ? foundationStep.note : foundation.reason,
    expectedLift: liftOf(foundationStep),
    cost: costOf(evidence, 'fix_foundation'),
    confidence: foundation.status === 'foundation_gap' ? 'high' : 'medium',
  };
  // A measured oracle-context lift replaces the foundation bar's estimate (live mode).
  const oracle = measuredOracleLift(evidence.live);
  const oracleSignificant = isSignificant(oracle, thresholds.alpha);
  if (oracle !== undefined) {
    fixFoundation.expectedLift = {
      value: oracle.value,
      low: oracle.low,
      high: oracle.high,
      kind: 'measured',
    };
    fixFoundation.why = `${oracle.label} instead of the retrieved passages changed accuracy by ${points(oracle.value)} on ${oracle.items} items (anytime interval ${points(oracle.low)}–${points(oracle.high)}, p=${oracle.pValue.toPrecision(2)}); ${fixFoundation.why}`;
    if (oracleSignificant) fixFoundation.confidence = 'high';
  }
  const dataAction = (): Action => ({
    kind: 'fix_data',
    title:
      data.status === 'not_assessed'
        ? 'Build or name a candidate training set (`train:` in fixfirst.yaml) and audit it'
        : 'Clean the training set before any fine-tuning (`fixfirst clean`)',
    why: data.status === 'not_ready' ? data.reasons.slice(0, 3).join('; ') || data.reason : data.reason,
    expectedLift: null,
    cost: costOf(evidence, 'fix_data'),
    confidence: data.status === 'not_ready' ? 'high' : 'medium',
  });
  const kShot = measuredKShotLift(evidence.live);
  const kShotNote =
    kShot === undefined
      ? ''
      : `; in context, ${kShot.label} changed accuracy by ${points(kShot.value)} (measured, anytime interval ${points(kShot.low)}–${points(kShot.high)}) — an indicator of what the data teaches`;
  const fineTune = (confidence: Action['confidence']): Action => ({
    kind: 'fine_tune',
    title: 'Fine-tune on the audited training set, judged on this eval set',
    why: `behavioral remainder ${points(behavioralStep.value)} (95% CI ${points(behavioralStep.low)}–${points(behavioralStep.high)}) is the most it can buy${kShotNote}`,
    expectedLift: liftOf(behavioralStep),
    cost: costOf(evidence, 'fine_tune'),
    confidence,
  });

  const verdict = (
    decision: Decision,
    headline: string,
    confidence: Verdict['confidence'],
    actions: Action[],
    needed: number | null = null,
  ): Verdict => ({
    decision,
    headline,
    confidence,
    reasons,
    actions: rankByLiftPerDollar(actions, leadAction[decision]),
    itemsNeeded: needed,
  });

  // 1. Too few items to tell anything.
  if (n < thresholds.min_items) {
    const needed = itemsNeeded(evidence);
    reasons.push(
      `${n} eval item(s) < thresholds.min_items ${thresholds.min_items}; with ${n} items a paired experiment could only detect lifts of about ${points(mde)} (80% power, α=${thresholds.alpha}, 20% discordant pairs assumed)`,
    );
    return verdict(
      'INCONCLUSIVE',
      `Too few eval items to tell: collect at least ${needed} (you have ${n}).`,
      'high',
      [
        {
          kind: 'collect_items',
          title: `Collect at least ${needed} labelled eval items with recorded outputs`,
          why: reasons[0]!,
          expectedLift: null,
          cost: null,
          confidence: 'high',
        },
      ],
      needed,
    );
  }

  // 2. The whole gap is smaller than the smallest lift worth acting on.
  if (gap < thresholds.min_lift) {
    reasons.push(
      `the whole gap is ${points(gap)} (strict accuracy ${percent(summary.accuracyStrict.value)}) < thresholds.min_lift ${points(thresholds.min_lift)}`,
    );
    return verdict(
      'NOT_WORTH_IT',
      `Accuracy is ${percent(summary.accuracyStrict.value)}: the remaining gap is too small to be worth fine-tuning or further fixes.`,
      summary.accuracyStrict.low >= 1 - thresholds.min_lift ? 'high' : 'medium',
      [
        {
          kind: 'stop',
          title: 'Keep the current setup; monitor it with this eval set',
          why: reasons[0]!,
          expectedLift: null,
          cost: null,
          confidence: 'medium',
        },
      ],
    );
  }

  // 3. Too few failures to tell surface from behavioral.
  if (surface.status === 'inconclusive') {
    const needed = itemsNeeded(evidence);
    reasons.push(surface.reason);
    return verdict(
      'INCONCLUSIVE',
      `Too few failures to locate the gap: collect about ${needed} items.`,
      'medium',
      [
        {
          kind: 'collect_items',
          title: `Collect about ${needed} eval items so that at least ${thresholds.min_failures} failures show up`,
          why: surface.reason,
          expectedLift: null,
          cost: null,
          confidence: 'medium',
        },
      ],
      needed,
    );
  }

  const actions: Action[] = [];
  const measuredRepair = surface.measuredRepairLift;
  const repairSignificant =
    measuredRepair !== undefined && measuredRepair.low > 0 && measuredRepair.pValue < thresholds.alpha;
  const foundationGap = foundation.status === 'foundation_gap' || oracleSignificant;
  const behavioralWorth = behavioralStep.value >= thresholds.min_lift;

  // 4. Surface-level gap, or a measured prompt-repair lift.
  if (surface.status === 'surface' || repairSignificant) {
    reasons.push(
      repairSignificant
        ? `a repaired prompt lifted accuracy by ${points(measuredRepair.value)} (95% CI ${points(measuredRepair.low)}–${points(measuredRepair.high)}, p=${measuredRepair.pValue.toPrecision(2)})`
        : surface.reason,
    );
    if (repairSignificant) {
      fixPrompt.expectedLift = { ...measuredRepair, kind: 'measured' };
      fixPrompt.confidence = 'high';
      fixPrompt.title = 'Adopt the repaired prompt (report.live: prompt repair) and keep the output contract';
      const measured = measuredRepairLift(evidence.live);
      if (measured !== undefined) {
        fixPrompt.why = `${measured.label}, measured against the baseline on ${measured.items} items (paired; anytime-valid interval)`;
      }
    }
    actions.push(fixPrompt);
    if (foundationGap || summary.foundationItems > 0) actions.push(fixFoundation);
    if (behavioralWorth) actions.push(data.status === 'ready' ? fineTune('low') : dataAction());
    return verdict(
      'FIX_PROMPT',
      repairSignificant
        ? `Fix the prompt first: a repaired prompt lifted strict accuracy by ${points(measuredRepair.value)} (measured).`
        : `Fix the prompt first: ${percent(surface.surfaceShare.value)} of failures are surface-level, worth up to ${points(surfaceStep.value)}.`,
      fixPrompt.confidence,
      actions,
    );
  }
  if (summary.classes.surface > 0) actions.push(fixPrompt);

  // 5. Foundation problem underneath.
  if (foundationGap) {
    reasons.push(foundation.status === 'foundation_gap' ? foundation.reason : fixFoundation.why);
    actions.unshift(fixFoundation);
    if (behavioralWorth) actions.push(data.status === 'ready' ? fineTune('low') : dataAction());
    return verdict(
      'FIX_FOUNDATION',
      foundation.status === 'foundation_gap'
        ? `Fix retrieval first: ${percent(foundation.goldMissingShareOfFailures.value)} of failures never saw the gold passage.`
        : `Fix retrieval first: gold passages lifted accuracy by ${points(oracle!.value)} (measured).`,
      oracleSignificant ? 'high' : 'medium',
      actions,
    );
  }
  if (foundation.status === 'not_assessed') reasons.push(`foundation not assessed: ${foundation.reason}`);

  // 6. What is left for fine-tuning is too small.
  if (!behavioralWorth) {
    // The headline states the same figure the rule compares (the bar's point value), with its interval.
    const remainder = `${points(behavioralStep.value)} (95% CI ${points(behavioralStep.low)}–${points(behavioralStep.high)})`;
    reasons.push(
      `behavioral remainder ${remainder} < thresholds.min_lift ${points(thresholds.min_lift)}: fine-tuning could buy little`,
    );
    return verdict(
      'NOT_WORTH_IT',
      `The behavioral remainder — the most fine-tuning could buy — is ${remainder}, below the ${points(thresholds.min_lift)} worth acting on: not worth fine-tuning.`,
      // When the interval reaches min_lift, the remainder may yet be worth it: say so in the confidence.
      behavioralStep.high < thresholds.min_lift ? 'medium' : 'low',
      [
        ...actions,
        {
          kind: 'stop',
          title: 'Do not fine-tune',
          why: reasons.at(-1)!,
          expectedLift: null,
          cost: null,
          confidence: 'medium',
        },
      ],
    );
  }
  reasons.push(surface.reason);

  // 7. Behavioral gap, data not ready.
  if (data.status !== 'ready') {
    reasons.push(
      data.status === 'not_ready'
        ? `training data not ready: ${data.reason}`
        : `training data not assessed: ${data.reason}`,
    );
    actions.push(dataAction());
    return verdict(
      'FIX_DATA',
      data.status === 'not_ready'
        ? 'The gap is behavioral, but the training data is not fit to fine-tune on: fix it first.'
        : 'The gap is behavioral; there is no audited training set to fine-tune on yet.',
      data.status === 'not_ready' ? 'high' : 'medium',
      actions,
    );
  }
  reasons.push(`training data ready: ${data.reason}`);

  // 8. Behavioral gap, data ready: does it pay back?
  if (cost.status === 'does_not_pay_back') {
    reasons.push(cost.reason);
    return verdict(
      'NOT_WORTH_IT',
      'Fine-tuning would work on clean data, but it does not pay back within the horizon.',
      'medium',
      [
        ...actions,
        {
          kind: 'stop',
          title: 'Do not fine-tune at current traffic and value',
          why: cost.reason,
          expectedLift: liftOf(behavioralStep),
          cost: costOf(evidence, 'fine_tune'),
          confidence: 'medium',
        },
      ],
    );
  }
  if (cost.status === 'pays_back') {
    reasons.push(cost.reason);
    actions.push(fineTune('medium'));
    return verdict(
      'FINE_TUNE',
      `Fine-tune: the gap is behavioral, the data is ready, and it pays back${cost.paybackMonths === null ? '' : ` in ${formatMonths(cost.paybackMonths)}`}.`,
      'medium',
      actions,
    );
  }
  reasons.push(`cost not assessed: ${cost.reason}`);
  actions.push({
    kind: 'assess',
    title:
      'Price it before committing: set `economics:` in fixfirst.yaml (requests per month, value per accuracy point)',
    why: cost.reason,
    expectedLift: null,
    cost: null,
    confidence: 'high',
  });
  actions.push(fineTune('low'));
  return verdict(
    'FINE_TUNE',
    'Fine-tuning is the candidate: the gap is behavioral and the data is ready — but its cost is not assessed yet.',
    'low',
    actions,
  );
}
