import type { CallRequest } from './call-key.js';
import { type CallPrice, tokenCost } from './call-price.js';

/** Counts the tokens of a text (gpt-tokenizer's o200k_base in the CLI). */
export type TokenCounter = (text: string) => number;

/** One group of calls in a plan (the baseline run, one experiment arm, ...), already counted. */
export interface PlannedStep {
  label: string;
  /** Calls to make at most (early stopping may make fewer), not counting cached ones. */
  calls: number;
  /** Calls already in the cache (free and instant). */
  cached: number;
  /** Prompt tokens of the calls to make. */
  inputTokens: number;
  /** Output tokens of the calls to make, at most. */
  outputTokensMax: number;
  /** Why the step is there, or why it is capped. */
  note?: string;
}

/** Counts a step from its actual requests; `isCached` says which are in the cache already. */
export function countStep(
  label: string,
  requests: readonly CallRequest[],
  countTokens: TokenCounter,
  isCached: (request: CallRequest) => boolean = () => false,
  note?: string,
): PlannedStep {
  const step: PlannedStep = { label, calls: 0, cached: 0, inputTokens: 0, outputTokensMax: 0 };
  for (const request of requests) {
    if (isCached(request)) {
      step.cached++;
      continue;
    }
    step.calls++;
    step.inputTokens += promptTokens(request, countTokens);
    step.outputTokensMax += request.maxOutputTokens ?? 0;
  }
  if (note !== undefined) step.note = note;
  return step;
}

/** Tokens of a request's messages, with 4 per message for the chat framing. */
export function promptTokens(request: CallRequest, countTokens: TokenCounter): number {
  let tokens = 0;
  for (const message of request.prompt) tokens += countTokens(message.content) + 4;
  return tokens;
}

/** A step with its counts. */
export interface PlannedStepTotals {
  label: string;
  calls: number;
  cached: number;
  inputTokens: number;
  outputTokensMax: number;
  note?: string;
}

/** What a command would spend: calls, tokens, dollars and time, each labelled with its basis. */
export interface CallPlan {
  steps: PlannedStepTotals[];
  /** Calls to make (not cached). */
  calls: number;
  cached: number;
  /** Prompt tokens of the calls to make, counted with the tokenizer. */
  inputTokens: number;
  /** Output tokens at most (max_output_tokens per call). */
  outputTokensMax: number;
  /** Expected output tokens, when recorded outputs give a per-call mean. */
  outputTokensExpected: number | undefined;
  /** USD at most (every call uses its whole output limit); undefined without a price. */
  usdMax: number | undefined;
  /** USD expected (recorded output lengths); undefined without a price or recorded outputs. */
  usdExpected: number | undefined;
  price: CallPrice | undefined;
  /** Wall-clock estimate in seconds, and what it rests on. */
  seconds: number;
  secondsBasis: string;
}

/** Inputs of the time estimate. */
export interface PlanTiming {
  concurrency: number;
  /** Mean latency per call, in ms, and where it comes from. */
  latencyMs: number;
  latencyBasis: string;
  requestsPerMinute?: number;
  tokensPerMinute?: number;
}

/** Counts the calls, tokens, dollars and time of a set of planned steps. */
export function planCalls(
  steps: readonly PlannedStep[],
  options: {
    countTokens: TokenCounter;
    price: CallPrice | undefined;
    timing: PlanTiming;
    /** Mean output tokens per call seen in recorded outputs, if any. */
    meanOutputTokens?: number;
  },
): CallPlan {
  const totals: PlannedStepTotals[] = [];
  let calls = 0;
  let cached = 0;
  let inputTokens = 0;
  let outputTokensMax = 0;
  for (const step of steps) {
    const entry: PlannedStepTotals = {
      label: step.label,
      calls: step.calls,
      cached: step.cached,
      inputTokens: step.inputTokens,
      outputTokensMax: step.outputTokensMax,
    };
    if (step.note !== undefined) entry.note = step.note;
    totals.push(entry);
    calls += step.calls;
    cached += step.cached;
    inputTokens += step.inputTokens;
    outputTokensMax += step.outputTokensMax;
  }
  const outputTokensExpected =
    options.meanOutputTokens === undefined ? undefined : Math.round(options.meanOutputTokens * calls);
  const { price, timing } = options;
  const usdMax = price === undefined ? undefined : tokenCost(inputTokens, 0, outputTokensMax, price);
  const usdExpected =
    price === undefined || outputTokensExpected === undefined
      ? undefined
      : tokenCost(inputTokens, 0, outputTokensExpected, price);
  const byLatency = (calls / Math.max(1, timing.concurrency)) * (timing.latencyMs / 1000);
  const byRequests = timing.requestsPerMinute === undefined ? 0 : (calls / timing.requestsPerMinute) * 60;
  const tokensPerCall = calls === 0 ? 0 : (inputTokens + (outputTokensExpected ?? outputTokensMax)) / calls;
  const byTokens =
    timing.tokensPerMinute === undefined ? 0 : ((calls * tokensPerCall) / timing.tokensPerMinute) * 60;
  const seconds = Math.max(byLatency, byRequests, byTokens);
  const limiting =
    seconds === 0
      ? 'nothing to call'
      : seconds === byLatency
        ? `${calls} calls ÷ concurrency ${timing.concurrency} × ${(timing.latencyMs / 1000).toFixed(2)} s per call (${timing.latencyBasis})`
        : seconds === byRequests
          ? `rate limit ${timing.requestsPerMinute} requests/min`
          : `rate limit ${timing.tokensPerMinute} tokens/min`;
  return {
    steps: totals,
    calls,
    cached,
    inputTokens,
    outputTokensMax,
    outputTokensExpected,
    usdMax,
    usdExpected,
    price,
    seconds,
    secondsBasis: limiting,
  };
}

const integer = (value: number) => Math.round(value).toLocaleString('en-US');
const dollars = (value: number) => `$${value < 1 ? value.toFixed(4) : value.toFixed(2)}`;

/** Human-readable duration. */
export function formatSeconds(seconds: number): string {
  if (seconds < 90) return `${seconds.toFixed(seconds < 10 ? 1 : 0)} s`;
  if (seconds < 5400) return `${(seconds / 60).toFixed(1)} min`;
  return `${(seconds / 3600).toFixed(1)} h`;
}

/** The plan as text for the terminal. */
export function renderPlan(plan: CallPlan): string[] {
  const lines: string[] = [];
  const width = Math.max(...plan.steps.map((step) => step.label.length), 8);
  for (const step of plan.steps) {
    const cachedNote = step.cached > 0 ? ` (+${integer(step.cached)} cached)` : '';
    lines.push(
      `  ${step.label.padEnd(width)}  ${integer(step.calls).padStart(6)} calls${cachedNote}  ${integer(step.inputTokens).padStart(9)} tokens in  ≤ ${integer(step.outputTokensMax)} out${step.note ? `  — ${step.note}` : ''}`,
    );
  }
  lines.push(
    `  ${'total'.padEnd(width)}  ${integer(plan.calls).padStart(6)} calls${plan.cached > 0 ? ` (+${integer(plan.cached)} cached, free)` : ''}  ${integer(plan.inputTokens).padStart(9)} tokens in  ≤ ${integer(plan.outputTokensMax)} out${plan.outputTokensExpected === undefined ? '' : ` (≈ ${integer(plan.outputTokensExpected)} expected from recorded outputs)`}`,
  );
  lines.push('  tokens: counted with gpt-tokenizer (o200k_base); other tokenizers differ by roughly ±20%');
  if (plan.price === undefined) {
    lines.push('  dollars: unknown — no price for this model (set live.prices in fixfirst.yaml)');
  } else {
    const expected = plan.usdExpected === undefined ? '' : `, ≈ ${dollars(plan.usdExpected)} expected`;
    lines.push(
      `  dollars: at most ${dollars(plan.usdMax ?? 0)}${expected} (prices: $${plan.price.inputUsdPerMillion}/M in, $${plan.price.outputUsdPerMillion}/M out — ${plan.price.source})`,
    );
  }
  lines.push(`  time: about ${formatSeconds(plan.seconds)} (estimate: ${plan.secondsBasis})`);
  return lines;
}

/** The spending cap in force and where it was set. */
export interface PlanCap {
  usd: number;
  /** `--max-cost` or `live.max_cost`. */
  source: string;
}

/**
 * What the cap means for a plan, one line: none; unenforceable (no price is known, so the real run
 * refuses to start — and the fix); below the at-most cost (the run may stop early, exit 6); or
 * enough for the whole plan.
 */
export function renderCap(plan: CallPlan, cap: PlanCap | undefined, modelString: string): string {
  if (cap === undefined) return '  cap: none (set --max-cost or live.max_cost to cap spending)';
  const head = `  cap: $${cap.usd} (${cap.source})`;
  if (plan.price === undefined) {
    return `${head} — the real run will refuse to start: no price is known for ${modelString}, so the cap cannot be enforced; set live.prices {input_usd_per_million_tokens, output_usd_per_million_tokens} in fixfirst.yaml`;
  }
  const most = plan.usdMax ?? 0;
  if (most > cap.usd) {
    const expected =
      plan.usdExpected === undefined
        ? ''
        : plan.usdExpected <= cap.usd
          ? `; the expected ${dollars(plan.usdExpected)} fits`
          : `; so is the expected ${dollars(plan.usdExpected)}`;
    return `${head} — below the at-most cost ${dollars(most)}${expected}: the run stops (exit 6) as soon as a call could cross the cap, keeping the calls made until then`;
  }
  return `${head}: the at-most cost ${dollars(most)} fits; calls are refused before they could cross it`;
}
