import { describe, expect, it } from 'vitest';
import { ModelTestServer } from '../../test/helpers/model-test-server.js';
import { runProviderConformance } from '../../test/helpers/provider-conformance.js';
import {
  AnthropicMessagesModel,
  anthropicDefaultMaxTokens,
  convertAnthropicUsage,
  convertToAnthropicMessages,
  mapAnthropicStopReason,
} from './anthropic-messages-model.js';

runProviderConformance({
  name: 'AnthropicMessagesModel',
  create: (server, apiKey) =>
    new AnthropicMessagesModel({
      providerId: 'anthropic',
      modelId: 'claude-test',
      baseUrl: server.url,
      apiKey,
      fetch: globalThis.fetch,
    }),
});

describe('Anthropic wire mapping', () => {
  it('normalises stop reasons', () => {
    expect(mapAnthropicStopReason('end_turn')).toBe('stop');
    expect(mapAnthropicStopReason('max_tokens')).toBe('length');
    expect(mapAnthropicStopReason('refusal')).toBe('content-filter');
    expect(mapAnthropicStopReason('tool_use')).toBe('tool-calls');
  });
  it('sums uncached, cache-read and cache-write input tokens', () => {
    const raw = {
      input_tokens: 10,
      cache_read_input_tokens: 100,
      cache_creation_input_tokens: 5,
      output_tokens: 7,
    };
    expect(convertAnthropicUsage(raw)).toEqual({
      inputTokens: { total: 115, cacheRead: 100 },
      outputTokens: { total: 7, reasoning: undefined },
      raw,
    });
  });
  it('moves system messages to the top-level system field', () => {
    const converted = convertToAnthropicMessages([
      { role: 'system', content: 'a' },
      { role: 'user', content: 'q' },
      { role: 'system', content: 'b' },
      { role: 'tool', content: 't' },
    ]);
    expect(converted.system).toBe('a\n\nb');
    expect(converted.messages).toEqual([
      { role: 'user', content: 'q' },
      { role: 'user', content: 't' },
    ]);
    expect(converted.warnings).toHaveLength(1);
  });
  it('always sends max_tokens and the version header, and warns that seed is unsupported', async () => {
    const server = await ModelTestServer.start();
    try {
      const model = new AnthropicMessagesModel({
        providerId: 'anthropic',
        modelId: 'claude-test',
        baseUrl: server.url,
        apiKey: 'k-1234',
        fetch: globalThis.fetch,
      });
      const response = await model.doGenerate({ prompt: [{ role: 'user', content: 'hi' }], seed: 1 });
      expect(server.requests[0]!.body).toMatchObject({ max_tokens: anthropicDefaultMaxTokens });
      expect(server.requests[0]!.headers['anthropic-version']).toBe('2023-06-01');
      expect(server.requests[0]!.headers['x-api-key']).toBe('k-1234');
      expect(response.warnings).toEqual([
        { type: 'unsupported', setting: 'seed', detail: 'the messages API has no sampling seed' },
      ]);
    } finally {
      await server.close();
    }
  });
});
