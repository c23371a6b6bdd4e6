import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LanguageModel, ProviderCallError } from '../../src/core/language-model.js';
import { ModelTestServer } from './model-test-server.js';

/** How a conformance run builds the provider under test against the test server. */
export interface ConformanceTarget {
  /** Suite title. */
  name: string;
  /** Builds the model pointed at the server, with this key. */
  create(server: ModelTestServer, apiKey: string | undefined): LanguageModel;
}

const plantedKey = 'sk-test-PLANTED-0123456789abcdef';

/**
 * The shared suite every provider runs (hono's common.case.test.ts pattern): normalised text,
 * finish reason and usage with the raw values kept; errors typed, retryability from the status,
 * Retry-After parsed; the API key sent but never in an error message.
 */
export function runProviderConformance(target: ConformanceTarget): void {
  describe(`${target.name} (provider conformance)`, () => {
    let server: ModelTestServer;
    let model: LanguageModel;
    beforeAll(async () => {
      server = await ModelTestServer.start({ expectedApiKey: plantedKey });
      model = target.create(server, plantedKey);
    });
    afterAll(() => server.close());

    const prompt = [
      { role: 'system' as const, content: 'You answer questions about warehouses. Reply in JSON.' },
      { role: 'user' as const, content: 'Where is warehouse W7? Warehouse W7 is located in Lyon.' },
    ];

    it('returns the text with a normalised finish reason and usage, keeping the raw values', async () => {
      const response = await model.doGenerate({ prompt, maxOutputTokens: 50, temperature: 0 });
      expect(response.text).toBe('{"answer":"Lyon"}');
      expect(response.finishReason.unified).toBe('stop');
      expect(response.finishReason.raw).toBeTypeOf('string');
      expect(response.usage.inputTokens.total).toBeGreaterThan(0);
      expect(response.usage.outputTokens.total).toBeGreaterThan(0);
      expect(response.usage.raw).toBeTypeOf('object');
      expect(model.specificationVersion).toBe('v1');
    });

    it('sends the system prompt and the conversation', async () => {
      await model.doGenerate({ prompt });
      const seen = server.requests.at(-1)!.messages;
      expect(seen[0]).toEqual({ role: 'system', content: prompt[0]!.content });
      expect(seen.at(-1)).toEqual({ role: 'user', content: prompt[1]!.content });
    });

    it('redacts the key from a successful answer that echoes it (text and raw fields alike)', async () => {
      const echoing = await ModelTestServer.start({
        behaviour: (_messages, request) =>
          `your key is ${String(request.headers.authorization ?? request.headers['x-api-key'])}`,
      });
      try {
        const response = await target.create(echoing, plantedKey).doGenerate({ prompt });
        expect(response.text).toMatch(/^your key is (Bearer )?\[redacted\]$/);
        expect(JSON.stringify(response)).not.toContain(plantedKey);
      } finally {
        await echoing.close();
      }
    });

    it('types a 429 as retryable and reads Retry-After', async () => {
      server.injectFaults({ kind: '429', retryAfterSeconds: 2 });
      const error = await model.doGenerate({ prompt }).catch((caught: unknown) => caught);
      expect(ProviderCallError.isProviderCallError(error)).toBe(true);
      const failure = (error as ProviderCallError).failure;
      expect(failure).toMatchObject({ kind: 'http', statusCode: 429, isRetryable: true, retryAfterMs: 2000 });
    });

    it('types 500 as retryable and 400 as final', async () => {
      server.injectFaults({ kind: '500' }, { kind: '400' });
      const serverError = (await model
        .doGenerate({ prompt })
        .catch((caught: unknown) => caught)) as ProviderCallError;
      expect(serverError.failure).toMatchObject({ statusCode: 500, isRetryable: true });
      const clientError = (await model
        .doGenerate({ prompt })
        .catch((caught: unknown) => caught)) as ProviderCallError;
      expect(clientError.failure).toMatchObject({ statusCode: 400, isRetryable: false });
    });

    it('types a malformed body and a reset connection as retryable', async () => {
      server.injectFaults({ kind: 'malformed' }, { kind: 'reset' });
      const malformed = (await model
        .doGenerate({ prompt })
        .catch((caught: unknown) => caught)) as ProviderCallError;
      expect(malformed.failure).toMatchObject({ kind: 'malformed-response', isRetryable: true });
      const reset = (await model
        .doGenerate({ prompt })
        .catch((caught: unknown) => caught)) as ProviderCallError;
      expect(reset.failure).toMatchObject({ kind: 'connection', isRetryable: true });
    });

    it('stops when aborted', async () => {
      server.injectFaults({ kind: 'timeout' });
      const controller = new AbortController();
      const pending = model
        .doGenerate({ prompt, abortSignal: controller.signal })
        .catch((caught: unknown) => caught);
      setTimeout(() => controller.abort(), 50);
      const error = (await pending) as ProviderCallError;
      expect(error.failure).toMatchObject({ kind: 'aborted', isRetryable: false });
    });

    it('sends the key but never puts it in an error message, even when the server echoes it', async () => {
      const wrongKey = `${plantedKey}-WRONG`;
      const wrong = target.create(server, wrongKey);
      const error = (await wrong
        .doGenerate({ prompt })
        .catch((caught: unknown) => caught)) as ProviderCallError;
      expect(error.failure).toMatchObject({ statusCode: 401, isRetryable: false });
      expect(error.message).toContain('[redacted]');
      expect(`${error.message} ${error.hint} ${error.render()}`).not.toContain(plantedKey);
      expect(model.endpoint).not.toContain(plantedKey);
    });
  });
}
