import type { ProviderFailure } from '../core/language-model.js';

/** How failed calls are retried. */
export interface RetryPolicy {
  /** Retries after the first attempt. */
  maxRetries: number;
  /** Backoff before the first retry; doubles with each retry. */
  baseDelayMs: number;
  /** Cap on the exponential backoff. */
  maxDelayMs: number;
  /** A server asking for a longer wait than this is treated as a final failure. */
  maxRetryAfterMs: number;
}

/** Defaults: 5 retries, 0.5 s doubling to at most 30 s, Retry-After honoured up to 2 minutes. */
export const defaultRetryPolicy: RetryPolicy = {
  maxRetries: 5,
  baseDelayMs: 500,
  maxDelayMs: 30_000,
  maxRetryAfterMs: 120_000,
};

/**
 * The wait before retry number `retry` (0 = the first retry), or undefined when the failure must not
 * be retried. Exponential backoff with "equal jitter" (half fixed, half random) so that many
 * clients rate-limited together do not retry in lockstep; a server's Retry-After is a floor, with
 * up to 10% jitter on top.
 */
export function retryDelay(
  retry: number,
  failure: ProviderFailure,
  policy: RetryPolicy,
  random: () => number,
): number | undefined {
  if (!failure.isRetryable || retry >= policy.maxRetries) return undefined;
  const exponential = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retry);
  const backoff = exponential / 2 + (exponential / 2) * random();
  if (failure.retryAfterMs === undefined) return backoff;
  if (failure.retryAfterMs > policy.maxRetryAfterMs) return undefined;
  return Math.max(failure.retryAfterMs * (1 + 0.1 * random()), failure.statusCode === 429 ? 0 : backoff);
}
