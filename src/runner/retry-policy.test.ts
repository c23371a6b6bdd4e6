import { describe, expect, it } from 'vitest';
import { defaultRetryPolicy, retryDelay } from './retry-policy.js';

const failure = { providerId: 'p', kind: 'http' as const, statusCode: 500, isRetryable: true };

describe('retryDelay', () => {
  it('doubles with each retry, with equal jitter between half and the full step', () => {
    expect(retryDelay(0, failure, defaultRetryPolicy, () => 0)).toBe(250);
    expect(retryDelay(0, failure, defaultRetryPolicy, () => 0.999999)).toBeCloseTo(500, 2);
    expect(retryDelay(3, failure, defaultRetryPolicy, () => 0)).toBe(2_000);
  });
  it('caps the backoff', () => {
    expect(retryDelay(12, failure, { ...defaultRetryPolicy, maxRetries: 20 }, () => 1)).toBe(30_000);
  });
  it('honours Retry-After as a floor, with at most 10% jitter', () => {
    const limited = { ...failure, statusCode: 429, retryAfterMs: 4_000 };
    expect(retryDelay(0, limited, defaultRetryPolicy, () => 0)).toBe(4_000);
    expect(retryDelay(0, limited, defaultRetryPolicy, () => 1)).toBe(4_400);
  });
  it('gives up on non-retryable failures, after max retries, and on very long Retry-After', () => {
    expect(
      retryDelay(0, { ...failure, statusCode: 400, isRetryable: false }, defaultRetryPolicy, () => 0),
    ).toBeUndefined();
    expect(retryDelay(5, failure, defaultRetryPolicy, () => 0)).toBeUndefined();
    expect(
      retryDelay(0, { ...failure, retryAfterMs: 3_600_000 }, defaultRetryPolicy, () => 0),
    ).toBeUndefined();
  });
});
