import { describe, expect, it } from 'vitest';
import type { Clock } from './clock.js';
import { RateLimiter } from './rate-limiter.js';

/** A clock that only moves when something sleeps. */
function fakeClock(): Clock & { time: number } {
  const clock = {
    time: 0,
    now: () => clock.time,
    sleep: async (milliseconds: number) => {
      clock.time += milliseconds;
    },
  };
  return clock;
}

describe('RateLimiter', () => {
  it('allows a ten-second burst, then one request per 1/rate', async () => {
    const clock = fakeClock();
    const limiter = new RateLimiter({ requestsPerMinute: 60 }, clock);
    for (let index = 0; index < 10; index++) await limiter.acquire(1);
    expect(clock.time).toBe(0);
    await limiter.acquire(1);
    expect(clock.time).toBeCloseTo(1_000, -1);
    await limiter.acquire(1);
    expect(clock.time).toBeCloseTo(2_000, -1);
  });
  it('limits tokens per minute', async () => {
    const clock = fakeClock();
    const limiter = new RateLimiter({ tokensPerMinute: 6_000 }, clock);
    await limiter.acquire(1_000);
    expect(clock.time).toBe(0);
    await limiter.acquire(1_000);
    expect(clock.time).toBeCloseTo(10_000, -2);
  });
  it('holds every request during a pause', async () => {
    const clock = fakeClock();
    const limiter = new RateLimiter({}, clock);
    limiter.pause(2_500);
    await limiter.acquire(1);
    expect(clock.time).toBe(2_500);
  });
  it('lets a request larger than the bucket through once the bucket is full', async () => {
    const clock = fakeClock();
    const limiter = new RateLimiter({ tokensPerMinute: 600 }, clock);
    await limiter.acquire(5_000);
    expect(clock.time).toBe(0);
  });
});
