import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ModelTestServer } from '../../test/helpers/model-test-server.js';
import { FixfirstError } from '../core/errors.js';
import { OpenAIChatModel } from '../providers/openai-chat-model.js';
import { Budget } from './budget.js';
import { type CallPrice, worstCaseTokens } from './call-price.js';
import { CallRunner, type CallRunnerOptions } from './call-runner.js';
import { MemoryCallCache } from './call-store.js';

const price: CallPrice = { inputUsdPerMillion: 1_000, outputUsdPerMillion: 2_000, source: 'test' };
const fastRetry = { maxRetries: 3, baseDelayMs: 5, maxDelayMs: 20, maxRetryAfterMs: 5_000 };

function request(text: string) {
  return {
    prompt: [{ role: 'user' as const, content: `Where is warehouse W1? ${text}` }],
    maxOutputTokens: 20,
  };
}

describe('CallRunner', () => {
  let server: ModelTestServer;
  let model: OpenAIChatModel;
  beforeAll(async () => {
    server = await ModelTestServer.start({ latencyMs: 20 });
    model = new OpenAIChatModel({
      providerId: 'openai',
      modelId: 'test',
      baseUrl: server.openaiBaseUrl,
      apiKey: 'sk-test',
      fetch: globalThis.fetch,
      maxTokensField: 'max_tokens',
    });
  });
  afterAll(() => server.close());

  const runner = (overrides: Partial<CallRunnerOptions> = {}) =>
    new CallRunner({
      concurrency: 4,
      timeoutMs: 300,
      retry: fastRetry,
      cache: new MemoryCallCache(),
      budget: new Budget(undefined),
      priceOf: () => price,
      random: () => 0.5,
      ...overrides,
    });

  it('keeps at most `concurrency` calls in flight', async () => {
    // A slow server makes calls overlap even on a loaded machine; the bound must hold regardless.
    const slow = await ModelTestServer.start({ latencyMs: 150 });
    try {
      const slowModel = new OpenAIChatModel({
        providerId: 'openai',
        modelId: 'test',
        baseUrl: slow.openaiBaseUrl,
        apiKey: 'sk-test',
        fetch: globalThis.fetch,
        maxTokensField: 'max_tokens',
      });
      const subject = runner({ concurrency: 4, timeoutMs: 10_000 });
      await Promise.all(
        Array.from({ length: 16 }, (_, index) => subject.run(slowModel, request(`c${index}`))),
      );
      expect(slow.maxInFlight).toBeLessThanOrEqual(4);
      expect(slow.maxInFlight).toBeGreaterThan(1);
      expect(subject.stats.calls).toBe(16);
    } finally {
      await slow.close();
    }
  });

  it('serves a repeated call from the cache without a request', async () => {
    const subject = runner();
    const before = server.requests.length;
    const first = await subject.run(model, request('cache'));
    const second = await subject.run(model, request('cache'));
    expect(first.cached).toBe(false);
    expect(second).toMatchObject({ cached: true, text: first.text, attempts: 0 });
    expect(server.requests.length - before).toBe(1);
  });

  it('makes identical calls in flight at the same time once', async () => {
    const subject = runner();
    const before = server.requests.length;
    await Promise.all([subject.run(model, request('same')), subject.run(model, request('same'))]);
    expect(server.requests.length - before).toBe(1);
  });

  it('retries 500, resets, malformed bodies, timeouts and slow bodies, then succeeds', async () => {
    const subject = runner({ retry: { ...fastRetry, maxRetries: 6 } });
    server.injectFaults(
      { kind: '500' },
      { kind: 'reset' },
      { kind: 'malformed' },
      { kind: 'timeout' },
      { kind: 'slow-body', slowMs: 2_000 },
    );
    const outcome = await subject.run(model, request('faults'));
    expect(outcome.attempts).toBe(6);
    expect(outcome.text).toContain('Paris');
    expect(subject.stats.retriesByReason).toEqual({
      'http 500': 1,
      connection: 1,
      'malformed-response': 1,
      timeout: 2,
    });
  });

  it('honours Retry-After on 429 (retry-after-ms and seconds)', async () => {
    const subject = runner();
    server.injectFaults({ kind: '429', retryAfterMs: 250 });
    let started = performance.now();
    await subject.run(model, request('429-ms'));
    expect(performance.now() - started).toBeGreaterThanOrEqual(250);
    server.injectFaults({ kind: '429', retryAfterSeconds: 1 });
    started = performance.now();
    await subject.run(model, request('429-s'));
    expect(performance.now() - started).toBeGreaterThanOrEqual(1_000);
    expect(subject.stats.retriesByReason['http 429']).toBe(2);
  });

  it('does not retry a 400 and gives up after max retries', async () => {
    const subject = runner();
    server.injectFaults({ kind: '400' });
    await expect(subject.run(model, request('400'))).rejects.toMatchObject({ code: 'PROVIDER_CALL_FAILED' });
    expect(subject.stats.retries).toBe(0);
    server.injectFaults({ kind: '500' }, { kind: '500' }, { kind: '500' }, { kind: '500' });
    await expect(subject.run(model, request('500x4'))).rejects.toThrow(/after 4 attempts/);
  });

  it('never crosses the budget cap, even with calls in flight', async () => {
    const perCall = worstCaseTokens(request('budget-00'));
    const worstUsd =
      (perCall.input * price.inputUsdPerMillion + perCall.output * price.outputUsdPerMillion) / 1e6;
    const budget = new Budget(worstUsd * 5.5);
    const subject = runner({ budget, concurrency: 8 });
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, index) =>
        subject.run(model, request(`budget-${String(index).padStart(2, '0')}`)),
      ),
    );
    const refused = results.filter((result) => result.status === 'rejected');
    expect(refused.length).toBeGreaterThan(0);
    for (const result of refused) {
      expect(FixfirstError.isInstance(result.reason) && result.reason.code).toBe('BUDGET_EXCEEDED');
    }
    expect(budget.spent).toBeLessThanOrEqual(budget.capUsd!);
    expect(budget.spent).toBeGreaterThan(0);
    expect(budget.reserved).toBeCloseTo(0, 12);
  });

  it('stops on Ctrl-C: in-flight calls are aborted, completed ones stay cached', async () => {
    const cache = new MemoryCallCache();
    const controller = new AbortController();
    const subject = runner({ cache, signal: controller.signal, concurrency: 2 });
    const first = await subject.run(model, request('before-abort'));
    server.injectFaults({ kind: 'timeout' });
    const pending = subject.run(model, request('aborted'));
    setTimeout(() => controller.abort(), 30);
    await expect(pending).rejects.toMatchObject({ code: 'INTERRUPTED' });
    expect(cache.get(first.key)?.text).toBe(first.text);
    expect(() => subject.run(model, request('after'))).toThrow(/interrupted/);
  });

  it('charges the worst case when a server reports no usage', async () => {
    const bare = await ModelTestServer.start({ omitUsage: true });
    try {
      const local = new OpenAIChatModel({
        providerId: 'vllm',
        modelId: 'm',
        baseUrl: bare.openaiBaseUrl,
        apiKey: undefined,
        fetch: globalThis.fetch,
        maxTokensField: 'max_tokens',
      });
      const outcome = await runner().run(local, request('no-usage'));
      expect(outcome.usageSource).toBe('worst-case');
      expect(outcome.usage.outputTokens.total).toBe(20);
    } finally {
      await bare.close();
    }
  });
});
