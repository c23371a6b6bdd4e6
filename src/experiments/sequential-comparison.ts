import { FixfirstError } from '../core/errors.js';
import type { LanguageModel } from '../core/language-model.js';
import type { Comparison } from '../core/report/live-evidence.js';
import type { CallRequest } from '../runner/call-key.js';
import type { CallRunner } from '../runner/call-runner.js';
import { PairedLiftSequence } from '../stats/betting-confidence-sequence.js';
import { mcnemarMidP, type PairedTable } from '../stats/mcnemar.js';
import { newcombePaired } from '../stats/newcombe-paired.js';
import { minimumDetectableLift } from '../stats/power.js';
import { wilson } from '../stats/wilson.js';

/** The decision after a look: stop with a conclusion, or keep going (undefined). */
export type SequentialDecision = 'lift' | 'no_lift' | 'worse' | undefined;

/**
 * The stopping rule of stats.md §3.5 on an anytime-valid interval for the lift: stop for efficacy
 * when the interval is above 0; for futility when it is below 0 ("worse") or below the smallest lift
 * worth acting on ("no_lift"). Valid whenever it is checked, because the interval covers the lift at
 * all times simultaneously.
 */
export function sequentialDecision(
  interval: { lower: number; upper: number },
  minLift: number,
): SequentialDecision {
  if (interval.lower > 0) return 'lift';
  if (interval.upper < 0) return 'worse';
  if (interval.upper < minLift) return 'no_lift';
  return undefined;
}

/** A candidate prompt (or context, or example set) compared with the baseline. */
export interface CandidateArm {
  id: string;
  experiment: Comparison['experiment'];
  label: string;
  description: string;
  model: LanguageModel;
  /** Indices (into the project's cases) this arm is scored on, in the fixed random order. */
  items: readonly number[];
  /** The call for one item. */
  request(index: number): CallRequest;
}

/** What a race needs besides its arms. */
export interface RaceContext {
  runner: CallRunner;
  /** Whether an output for an item succeeds on the experiment's outcome measure. */
  score(index: number, output: string): Promise<boolean>;
  /** Whether the baseline's output for an item succeeds on the same measure. */
  baselinePass(index: number): boolean;
  /** Items per look. */
  batchSize: number;
  /** Level of each arm's confidence sequence (already divided among the experiment's comparisons). */
  alpha: number;
  minLift: number;
  /** Called after each look (progress). */
  onLook?: () => void;
}

interface ArmState {
  arm: CandidateArm;
  sequence: PairedLiftSequence;
  table: PairedTable;
  position: number;
  calls: number;
  cached: number;
  stop: Comparison['stop'] | undefined;
}

const points = (value: number) => `${(value * 100).toFixed(1)} pts`;

/**
 * Runs arms against the baseline on the same items, a batch at a time, all arms' calls of a look
 * together; each arm stops on its own as soon as its anytime-valid interval is conclusive, when its
 * items run out, or when the budget cap refuses a call. Interruption and provider failures propagate.
 */
export async function runPairedRace(
  arms: readonly CandidateArm[],
  context: RaceContext,
): Promise<Comparison[]> {
  const states: ArmState[] = arms.map((arm) => ({
    arm,
    sequence: new PairedLiftSequence({ alpha: context.alpha }),
    table: { bothRight: 0, onlyA: 0, onlyB: 0, bothWrong: 0 },
    position: 0,
    calls: 0,
    cached: 0,
    stop: arm.items.length === 0 ? 'not_started' : undefined,
  }));
  for (;;) {
    const active = states.filter((state) => state.stop === undefined);
    if (active.length === 0) break;
    const look = active.map((state) => ({
      state,
      indices: state.arm.items.slice(state.position, state.position + context.batchSize),
    }));
    const calls = look.flatMap(({ state, indices }) =>
      indices.map((index) => ({ model: state.arm.model, request: state.arm.request(index) })),
    );
    let outcomes: Awaited<ReturnType<CallRunner['runAll']>>;
    try {
      outcomes = await context.runner.runAll(calls);
    } catch (error) {
      if (FixfirstError.isInstance(error) && error.code === 'BUDGET_EXCEEDED') {
        for (const state of active) state.stop = 'budget';
        break;
      }
      throw error;
    }
    let cursor = 0;
    for (const { state, indices } of look) {
      for (const index of indices) {
        const outcome = outcomes[cursor++]!;
        if (outcome.cached) state.cached++;
        else state.calls++;
        const baseline = context.baselinePass(index);
        const candidate = await context.score(index, outcome.text);
        state.sequence.push(baseline ? 1 : 0, candidate ? 1 : 0);
        if (baseline && candidate) state.table.bothRight++;
        else if (baseline) state.table.onlyA++;
        else if (candidate) state.table.onlyB++;
        else state.table.bothWrong++;
      }
      state.position += indices.length;
      const decision = sequentialDecision(state.sequence, context.minLift);
      if (decision !== undefined) state.stop = decision;
      else if (state.position >= state.arm.items.length) state.stop = 'inconclusive';
    }
    context.onLook?.();
  }
  return states.map((state) => summarize(state, context));
}

function summarize(state: ArmState, context: RaceContext): Comparison {
  const { arm, table, sequence } = state;
  const n = table.bothRight + table.onlyA + table.onlyB + table.bothWrong;
  const alpha = context.alpha;
  const lift = newcombePaired(table, alpha);
  const stop = state.stop ?? 'inconclusive';
  const interval = `${points(sequence.lower)} to ${points(sequence.upper)}`;
  const discordance = n === 0 ? 0.2 : Math.max(0.05, (table.onlyA + table.onlyB) / n);
  const reasons: Record<Comparison['stop'], string> = {
    lift: `after ${n} item(s) the lift is above zero: ${interval} (anytime-valid, α=${alpha.toPrecision(2)})`,
    worse: `after ${n} item(s) the candidate is worse: ${interval}`,
    no_lift: `after ${n} item(s) the lift is below thresholds.min_lift ${points(context.minLift)}: ${interval}`,
    inconclusive: `all ${n} available item(s) used; the lift is ${interval}, undecided; with ${n} items only lifts of about ${points(minimumDetectableLift(n, discordance, alpha))} are reliably detectable`,
    budget:
      n === 0
        ? 'not run: the cost cap was reached before the first item'
        : `stopped by the cost cap after ${n} item(s); the lift so far is ${interval}`,
    not_started: 'no items to compare on',
  };
  return {
    id: arm.id,
    experiment: arm.experiment,
    label: arm.label,
    description: arm.description,
    items: n,
    itemsAvailable: arm.items.length,
    table: {
      bothRight: table.bothRight,
      onlyBaseline: table.onlyA,
      onlyCandidate: table.onlyB,
      bothWrong: table.bothWrong,
    },
    baselineAccuracy: wilson(table.bothRight + table.onlyA, n, alpha),
    candidateAccuracy: wilson(table.bothRight + table.onlyB, n, alpha),
    lift,
    mcnemarMidP: mcnemarMidP(table.onlyA, table.onlyB),
    anytime: {
      low: n === 0 ? -1 : sequence.lower,
      high: n === 0 ? 1 : sequence.upper,
      pValue: sequence.pValue,
      alpha,
    },
    stop,
    reason: reasons[stop],
    calls: state.calls,
    cachedCalls: state.cached,
  };
}
