import { describe, expect, it } from 'vitest';
import { mapProvider } from './map-provider.js';

describe('mapProvider', () => {
  it.each([
    ['openai:gpt-4o-mini', {}, 'openai:gpt-4o-mini'],
    ['openai:chat:gpt-4o-mini', {}, 'openai:gpt-4o-mini'],
    ['openai:responses:o4-mini', {}, 'openai:o4-mini'],
    ['anthropic:messages:claude-haiku-4-5', {}, 'anthropic:claude-haiku-4-5'],
    ['anthropic:claude-3-5-haiku-latest', {}, 'anthropic:claude-3-5-haiku-latest'],
    ['ollama:llama3.1:8b', {}, 'ollama:llama3.1:8b'],
    ['ollama:chat:qwen2.5', {}, 'ollama:qwen2.5'],
    ['openai:chat:my-model', { apiBaseUrl: 'http://127.0.0.1:8000/v1' }, 'openai-compatible:my-model'],
  ])('%s → %s', (id, config, model) => {
    const mapped = mapProvider(id, config);
    expect('problem' in mapped ? mapped.problem : mapped.model).toBe(model);
  });

  it('an OpenAI-compatible server keeps its base URL and key variable; apiHost becomes an https URL', () => {
    expect(mapProvider('openai:chat:m', { apiBaseUrl: 'http://h/v1', apiKeyEnvar: 'MY_KEY' })).toMatchObject({
      live: { base_url: 'http://h/v1', api_key_env: 'MY_KEY' },
    });
    expect(mapProvider('openai:m', { apiHost: 'api.example.com' })).toMatchObject({
      model: 'openai-compatible:m',
      live: { base_url: 'https://api.example.com/v1' },
    });
  });

  it('echo has no model; other providers and non-text endpoints are problems', () => {
    expect(mapProvider('echo', {})).toMatchObject({ model: undefined });
    expect(mapProvider('bedrock:anthropic.claude', {})).toEqual({
      problem: '"bedrock:anthropic.claude" is not a provider fixfirst can run',
    });
    expect(mapProvider('openai:embedding:text-embedding-3-small', {})).toMatchObject({
      problem: expect.stringContaining('embedding'),
    });
    expect(mapProvider('anthropic:claude-agent-sdk', {})).toMatchObject({
      problem: expect.stringContaining('not an Anthropic text model'),
    });
    expect(mapProvider('file://provider.js', {})).toHaveProperty('problem');
  });
});
