import { FixfirstError } from '../core/errors.js';
import { type LanguageModel, ProviderCallError, type ProviderFailure } from '../core/language-model.js';
import type { Budget, Reservation } from './budget.js';
import { type CallRequest, callKey } from './call-key.js';
import { type CallPrice, roughTokens, tokenCost, usageCost, worstCaseTokens } from './call-price.js';
import type { CallCache, StoredCall } from './call-store.js';
import { type Clock, systemClock } from './clock.js';
import { RateLimiter, type RateLimits } from './rate-limiter.js';
import { defaultRetryPolicy, type RetryPolicy, retryDelay } from './retry-policy.js';

/** A call's result as the experiments see it. */
export interface CallOutcome extends StoredCall {
  /** Served from the cache: no request was made and nothing was spent. */
  cached: boolean;
  /** Attempts made (0 when cached). */
  attempts: number;
}

/** Something worth telling the user while calls run. */
export type RunnerEvent =
  | { type: 'call-end'; cached: boolean }
  | { type: 'retry'; providerId: string; retry: number; delayMs: number; failure: ProviderFailure };

/** Counters over everything a runner did. */
export interface RunnerStats {
  /** Requests answered by the provider (not counting retries). */
  calls: number;
  /** Calls answered from the cache. */
  cached: number;
  retries: number;
  /** Retries by reason: `http 429`, `timeout`, `connection`, ... */
  retriesByReason: Record<string, number>;
  inputTokens: number;
  outputTokens: number;
  /** Spent on new calls in this run, in USD (0 for local models; unknown prices count 0 and set `unpriced`). */
  costUsd: number;
  /** Calls made for a model without a known price. */
  unpriced: number;
}

/** Options of a runner. */
export interface CallRunnerOptions {
  /** Calls in flight at once, across all models. */
  concurrency: number;
  /** A single attempt that has not completed by then is aborted and retried. */
  timeoutMs: number;
  retry?: RetryPolicy;
  /** Rate limits per provider id. */
  rateLimits?: Record<string, RateLimits>;
  cache: CallCache;
  budget: Budget;
  /** Price of a model, by `providerId:modelId`; undefined = unknown. */
  priceOf(model: LanguageModel): CallPrice | undefined;
  /** Ctrl-C: stop starting calls, abort the ones in flight. */
  signal?: AbortSignal;
  clock?: Clock;
  /** In [0, 1); jitter only. */
  random?: () => number;
  /** ISO time for `createdAt`. */
  now?: () => Date;
  onEvent?: (event: RunnerEvent) => void;
}

/**
 * Runs model calls: cache first, then bounded concurrency, per-provider rate limits, the budget
 * reservation, a timeout per attempt, retries with exponential backoff and jitter (Retry-After
 * honoured, and a 429 pauses the whole provider), and a durable commit of each result the moment it
 * completes. Identical calls in flight at the same time are made once.
 */
export class CallRunner {
  readonly stats: RunnerStats = {
    calls: 0,
    cached: 0,
    retries: 0,
    retriesByReason: {},
    inputTokens: 0,
    outputTokens: 0,
    costUsd: 0,
    unpriced: 0,
  };
  private active = 0;
  private readonly waiting: (() => void)[] = [];
  private readonly limiters = new Map<string, RateLimiter>();
  private readonly inFlight = new Map<string, Promise<CallOutcome>>();
  private readonly clock: Clock;
  private readonly random: () => number;
  private readonly retry: RetryPolicy;
  private halted: unknown;
  private readonly attemptControllers = new Set<AbortController>();

  constructor(private readonly options: CallRunnerOptions) {
    // Ctrl-C aborts every attempt in flight through one listener (not one per call).
    options.signal?.addEventListener(
      'abort',
      () => {
        for (const controller of this.attemptControllers) controller.abort();
      },
      { once: true },
    );
    this.clock = options.clock ?? systemClock;
    this.random = options.random ?? Math.random;
    this.retry = options.retry ?? defaultRetryPolicy;
  }

  /**
   * Stops starting calls: calls not yet sent reject with `error`; calls in flight finish and are
   * committed (they are paid for). Used after a final failure or a budget refusal.
   */
  halt(error: unknown): void {
    if (this.halted === undefined) this.halted = error;
  }

  /** Makes one call (or serves it from the cache). Throws INTERRUPTED, BUDGET_EXCEEDED or PROVIDER_CALL_FAILED. */
  run(model: LanguageModel, request: CallRequest): Promise<CallOutcome> {
    this.throwIfInterrupted();
    const key = callKey(model, request);
    const stored = this.options.cache.get(key);
    if (stored !== undefined) {
      this.stats.cached++;
      this.options.onEvent?.({ type: 'call-end', cached: true });
      return Promise.resolve({ ...stored, cached: true, attempts: 0 });
    }
    const pending = this.inFlight.get(key);
    if (pending !== undefined) return pending.then((outcome) => ({ ...outcome, cached: true, attempts: 0 }));
    const promise = this.withSlot(() => this.callWithRetries(model, request, key)).finally(() =>
      this.inFlight.delete(key),
    );
    this.inFlight.set(key, promise);
    return promise;
  }

  /**
   * Makes many calls; on the first final failure (or budget refusal) the rest are not started, the
   * ones in flight finish and are committed, and then that first error is thrown.
   */
  async runAll(calls: readonly { model: LanguageModel; request: CallRequest }[]): Promise<CallOutcome[]> {
    const settled = await Promise.allSettled(
      calls.map(async ({ model, request }) => {
        try {
          return await this.run(model, request);
        } catch (error) {
          this.halt(error);
          throw error;
        }
      }),
    );
    if (this.halted !== undefined) throw this.halted;
    return settled.map((result) => (result as PromiseFulfilledResult<CallOutcome>).value);
  }

  private throwIfInterrupted(): void {
    if (this.halted !== undefined) throw this.halted;
    if (this.options.signal?.aborted) {
      throw new FixfirstError('INTERRUPTED', 'interrupted: completed calls are saved', {
        hint: 'run the same command again to continue; saved calls are not made again',
      });
    }
  }

  private async withSlot<T>(work: () => Promise<T>): Promise<T> {
    if (this.active >= this.options.concurrency)
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.active++;
    try {
      return await work();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.active--;
    }
  }

  private limiterFor(providerId: string): RateLimiter {
    let limiter = this.limiters.get(providerId);
    if (limiter === undefined) {
      limiter = new RateLimiter(this.options.rateLimits?.[providerId] ?? {}, this.clock);
      this.limiters.set(providerId, limiter);
    }
    return limiter;
  }

  private async callWithRetries(
    model: LanguageModel,
    request: CallRequest,
    key: string,
  ): Promise<CallOutcome> {
    const price = this.options.priceOf(model);
    const worst = worstCaseTokens(request);
    const worstUsd = price === undefined ? 0 : tokenCost(worst.input, 0, worst.output, price);
    const limiter = this.limiterFor(model.providerId);
    for (let attempt = 0; ; attempt++) {
      this.throwIfInterrupted();
      const signal = this.options.signal;
      try {
        await limiter.acquire(roughTokens(request), signal);
      } catch {
        this.throwIfInterrupted();
      }
      this.throwIfInterrupted();
      const reservation: Reservation = this.options.budget.reserve(worstUsd);
      // One controller per attempt, aborted by the timeout or by Ctrl-C. (AbortSignal.any is avoided:
      // on Node 20 it keeps every derived signal attached to the parent and costs more than the call.)
      const attemptController = new AbortController();
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        attemptController.abort();
      }, this.options.timeoutMs);
      this.attemptControllers.add(attemptController);
      const attemptSignal = attemptController.signal;
      const started = this.clock.now();
      try {
        const response = await model.doGenerate({ ...request, abortSignal: attemptSignal });
        clearTimeout(timer);
        this.attemptControllers.delete(attemptController);
        const reported =
          response.usage.inputTokens.total !== undefined && response.usage.outputTokens.total !== undefined;
        // Without reported usage the cost is charged at the worst case: an upper bound, never an undercount.
        const usage = reported
          ? response.usage
          : {
              ...response.usage,
              inputTokens: { total: worst.input, cacheRead: undefined },
              outputTokens: { total: worst.output, reasoning: undefined },
            };
        const costUsd = price === undefined ? null : reported ? usageCost(usage, price) : worstUsd;
        this.options.budget.settle(reservation, costUsd ?? 0);
        const call: StoredCall = {
          key,
          providerId: model.providerId,
          modelId: model.modelId,
          endpoint: model.endpoint,
          text: response.text,
          finishReason: response.finishReason,
          usage,
          usageSource: reported ? 'reported' : 'worst-case',
          costUsd,
          latencyMs: this.clock.now() - started,
          warnings: response.warnings,
          createdAt: (this.options.now ?? (() => new Date()))().toISOString(),
        };
        this.options.cache.put(call, request);
        this.stats.calls++;
        this.stats.inputTokens += usage.inputTokens.total ?? 0;
        this.stats.outputTokens += usage.outputTokens.total ?? 0;
        this.stats.costUsd += costUsd ?? 0;
        if (price === undefined) this.stats.unpriced++;
        this.options.onEvent?.({ type: 'call-end', cached: false });
        return { ...call, cached: false, attempts: attempt + 1 };
      } catch (error) {
        clearTimeout(timer);
        this.attemptControllers.delete(attemptController);
        const failure = this.failureOf(error, model, timedOut && !signal?.aborted);
        // An answer that never arrived may still have been billed: keep the worst case charged.
        this.options.budget.settle(
          reservation,
          failure.kind === 'timeout' || failure.kind === 'connection' || failure.kind === 'malformed-response'
            ? worstUsd
            : 0,
        );
        this.throwIfInterrupted();
        const delay = retryDelay(attempt, failure, this.retry, this.random);
        if (delay === undefined) throw this.finalError(error, failure, model, attempt + 1);
        const reason = failure.kind === 'http' ? `http ${failure.statusCode}` : failure.kind;
        this.stats.retries++;
        this.stats.retriesByReason[reason] = (this.stats.retriesByReason[reason] ?? 0) + 1;
        this.options.onEvent?.({
          type: 'retry',
          providerId: model.providerId,
          retry: attempt + 1,
          delayMs: delay,
          failure,
        });
        if (failure.statusCode === 429 && failure.retryAfterMs !== undefined)
          limiter.pause(this.clock.now() + delay);
        try {
          await this.clock.sleep(delay, signal);
        } catch {
          this.throwIfInterrupted();
        }
      }
    }
  }

  private failureOf(error: unknown, model: LanguageModel, timedOut: boolean): ProviderFailure {
    if (timedOut) return { providerId: model.providerId, kind: 'timeout', isRetryable: true };
    if (ProviderCallError.isProviderCallError(error)) return error.failure;
    throw error;
  }

  private finalError(
    error: unknown,
    failure: ProviderFailure,
    model: LanguageModel,
    attempts: number,
  ): FixfirstError {
    const tries = attempts === 1 ? '' : ` (after ${attempts} attempts)`;
    if (failure.kind === 'timeout') {
      return new ProviderCallError(
        failure,
        `${model.providerId}:${model.modelId}: no complete answer within ${this.options.timeoutMs / 1000}s${tries}`,
        { hint: 'raise live.timeout_seconds in fixfirst.yaml, or check the server' },
      );
    }
    const base = error as ProviderCallError;
    return new ProviderCallError(failure, `${base.message}${tries}`, { hint: base.hint, cause: error });
  }
}
