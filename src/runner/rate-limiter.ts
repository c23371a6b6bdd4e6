import type { Clock } from './clock.js';

/** Per-provider limits, as providers publish them. */
export interface RateLimits {
  requestsPerMinute?: number;
  tokensPerMinute?: number;
}

interface Bucket {
  capacity: number;
  level: number;
  perMillisecond: number;
}

function bucket(perMinute: number): Bucket {
  // Ten seconds' worth of burst: smooth enough for per-minute limits that providers enforce in
  // shorter windows, and never less than one request.
  const capacity = Math.max(1, perMinute / 6);
  return { capacity, level: capacity, perMillisecond: perMinute / 60_000 };
}

/**
 * Token buckets for requests and tokens per minute, plus a provider-wide pause after a 429 with
 * Retry-After (one rate-limited call slows every call to that provider, not just itself).
 * Waiters are served first come, first served.
 */
export class RateLimiter {
  private readonly requests: Bucket | undefined;
  private readonly tokens: Bucket | undefined;
  private lastRefill: number;
  private pausedUntil = 0;
  private queue: Promise<void> = Promise.resolve();

  constructor(
    limits: RateLimits,
    private readonly clock: Clock,
  ) {
    this.requests = limits.requestsPerMinute === undefined ? undefined : bucket(limits.requestsPerMinute);
    this.tokens = limits.tokensPerMinute === undefined ? undefined : bucket(limits.tokensPerMinute);
    this.lastRefill = clock.now();
  }

  /** Waits until one request of `tokens` tokens may be sent. */
  acquire(tokens: number, signal?: AbortSignal): Promise<void> {
    const turn = this.queue.then(() => this.waitFor(tokens, signal));
    // The next waiter starts after this one, whether it succeeded or was aborted.
    this.queue = turn.catch(() => {});
    return turn;
  }

  /** Holds every request to this provider until `untilMs` (clock time). */
  pause(untilMs: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, untilMs);
  }

  private refill(): void {
    const now = this.clock.now();
    const elapsed = now - this.lastRefill;
    this.lastRefill = now;
    for (const entry of [this.requests, this.tokens]) {
      if (entry) entry.level = Math.min(entry.capacity, entry.level + elapsed * entry.perMillisecond);
    }
  }

  private async waitFor(tokens: number, signal: AbortSignal | undefined): Promise<void> {
    for (;;) {
      const now = this.clock.now();
      if (now < this.pausedUntil) {
        await this.clock.sleep(this.pausedUntil - now, signal);
        continue;
      }
      this.refill();
      // A request larger than the bucket waits for a full bucket rather than forever.
      const tokenNeed = this.tokens ? Math.min(tokens, this.tokens.capacity) : 0;
      const requestWait =
        this.requests && this.requests.level < 1
          ? (1 - this.requests.level) / this.requests.perMillisecond
          : 0;
      const tokenWait =
        this.tokens && this.tokens.level < tokenNeed
          ? (tokenNeed - this.tokens.level) / this.tokens.perMillisecond
          : 0;
      const wait = Math.max(requestWait, tokenWait);
      if (wait <= 0) {
        if (this.requests) this.requests.level -= 1;
        if (this.tokens) this.tokens.level -= tokenNeed;
        return;
      }
      await this.clock.sleep(Math.ceil(wait), signal);
    }
  }
}
