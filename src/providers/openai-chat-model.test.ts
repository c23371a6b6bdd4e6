import { describe, expect, it } from 'vitest';
import { ModelTestServer } from '../../test/helpers/model-test-server.js';
import { runProviderConformance } from '../../test/helpers/provider-conformance.js';
import { convertOpenAIUsage, mapOpenAIFinishReason, OpenAIChatModel } from './openai-chat-model.js';

runProviderConformance({
  name: 'OpenAIChatModel',
  create: (server, apiKey) =>
    new OpenAIChatModel({
      providerId: 'openai',
      modelId: 'test-model',
      baseUrl: server.openaiBaseUrl,
      apiKey,
      fetch: globalThis.fetch,
      maxTokensField: 'max_completion_tokens',
    }),
});

describe('OpenAI wire mapping', () => {
  it('normalises finish reasons', () => {
    expect(mapOpenAIFinishReason('length')).toBe('length');
    expect(mapOpenAIFinishReason('content_filter')).toBe('content-filter');
    expect(mapOpenAIFinishReason('tool_calls')).toBe('tool-calls');
    expect(mapOpenAIFinishReason(null)).toBe('other');
  });
  it('reads cached and reasoning tokens and keeps the raw usage', () => {
    const raw = {
      prompt_tokens: 100,
      completion_tokens: 40,
      prompt_tokens_details: { cached_tokens: 64 },
      completion_tokens_details: { reasoning_tokens: 30 },
    };
    expect(convertOpenAIUsage(raw)).toEqual({
      inputTokens: { total: 100, cacheRead: 64 },
      outputTokens: { total: 40, reasoning: 30 },
      raw,
    });
    expect(convertOpenAIUsage(undefined).inputTokens.total).toBeUndefined();
  });
  it('sends the output limit under the configured field name, and provider options', async () => {
    const server = await ModelTestServer.start();
    try {
      const model = new OpenAIChatModel({
        providerId: 'vllm',
        modelId: 'm',
        baseUrl: server.openaiBaseUrl,
        apiKey: undefined,
        fetch: globalThis.fetch,
        maxTokensField: 'max_tokens',
      });
      await model.doGenerate({
        prompt: [{ role: 'user', content: 'hi' }],
        maxOutputTokens: 7,
        seed: 3,
        stopSequences: ['\n'],
        providerOptions: { vllm: { top_p: 0.5 } },
      });
      const request = server.requests[0]!;
      expect(request.body).toMatchObject({ model: 'm', max_tokens: 7, seed: 3, stop: ['\n'], top_p: 0.5 });
      expect(request.headers.authorization).toBeUndefined();
    } finally {
      await server.close();
    }
  });
});
