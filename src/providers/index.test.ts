import { describe, expect, it } from 'vitest';
import { FixfirstError } from '../core/errors.js';
import {
  apiKeysInEnvironment,
  createLanguageModel,
  normaliseBaseUrl,
  parseModelString,
  providers,
} from './index.js';
import { displayUrl, parseRetryAfter, redactJson, redactSecrets } from './post-json.js';

const flag = { origin: 'flag' as const };
const fetchStub = globalThis.fetch;

describe('parseModelString', () => {
  it('splits at the first colon, so model ids may contain colons', () => {
    const parsed = parseModelString('ollama:llama3.1:8b', flag);
    expect(parsed.provider.id).toBe('ollama');
    expect(parsed.modelId).toBe('llama3.1:8b');
  });
  it('suggests the nearest provider for a typo', () => {
    const error = (() => {
      try {
        parseModelString('opnai:gpt-4o-mini', {
          origin: 'config',
          location: { file: 'fixfirst.yaml', line: 4 },
        });
      } catch (caught) {
        return caught as FixfirstError;
      }
    })()!;
    expect(error.code).toBe('CONFIG_INVALID');
    expect(error.message).toContain('Did you mean "openai"');
    expect(error.location).toMatchObject({ file: 'fixfirst.yaml', line: 4, field: 'model' });
  });
  it('asks for provider:model when there is no prefix', () => {
    expect(() => parseModelString('gpt-4o-mini', flag)).toThrow(/provider:model/);
  });
  it('has unique provider ids', () => {
    expect(new Set(providers.map((provider) => provider.id)).size).toBe(providers.length);
  });
});

describe('createLanguageModel', () => {
  it('honours OPENAI_BASE_URL and OPENAI_API_KEY like the official SDK', () => {
    const resolved = createLanguageModel(
      'openai:gpt-4o-mini',
      { env: { OPENAI_BASE_URL: 'http://127.0.0.1:9/v1/', OPENAI_API_KEY: 'sk-x' }, fetch: fetchStub },
      flag,
    );
    expect(resolved.model.endpoint).toBe('http://127.0.0.1:9/v1');
    expect(resolved.baseUrlSource).toBe('environment');
    expect(resolved.apiKeyEnv).toBe('OPENAI_API_KEY');
  });
  it('lets live.base_url in fixfirst.yaml beat the environment', () => {
    const resolved = createLanguageModel(
      'openai:m',
      {
        env: { OPENAI_BASE_URL: 'http://a/v1', OPENAI_API_KEY: 'k' },
        fetch: fetchStub,
        baseUrl: 'http://b/v1',
      },
      flag,
    );
    expect(resolved.model.endpoint).toBe('http://b/v1');
    expect(resolved.baseUrlSource).toBe('config');
  });
  it('requires OPENAI_API_KEY for api.openai.com and names the variable, not a value', () => {
    try {
      createLanguageModel('openai:gpt-4o-mini', { env: {}, fetch: fetchStub }, flag);
      expect.unreachable();
    } catch (error) {
      expect(FixfirstError.isInstance(error) && error.code).toBe('MISSING_API_KEY');
      expect((error as FixfirstError).message).toContain('OPENAI_API_KEY');
    }
  });
  it('needs no key for local servers and reads OLLAMA_HOST as host:port', () => {
    const resolved = createLanguageModel(
      'ollama:llama3',
      { env: { OLLAMA_HOST: '10.0.0.2:11434' }, fetch: fetchStub },
      flag,
    );
    expect(resolved.model.endpoint).toBe('http://10.0.0.2:11434/v1');
    expect(resolved.provider.local).toBe(true);
  });
  it('reads the key from live.api_key_env when set', () => {
    expect(() =>
      createLanguageModel(
        'openai-compatible:m',
        { env: {}, fetch: fetchStub, baseUrl: 'http://h/v1', apiKeyEnv: 'MY_KEY' },
        flag,
      ),
    ).toThrow(/MY_KEY is not set/);
    const resolved = createLanguageModel(
      'openai-compatible:m',
      { env: { MY_KEY: 'secret' }, fetch: fetchStub, baseUrl: 'http://h/v1', apiKeyEnv: 'MY_KEY' },
      flag,
    );
    expect(resolved.apiKeyEnv).toBe('MY_KEY');
  });
  it('needs a base URL for openai-compatible', () => {
    expect(() => createLanguageModel('openai-compatible:m', { env: {}, fetch: fetchStub }, flag)).toThrow(
      /base URL/,
    );
  });
});

describe('provider HTTP helpers', () => {
  it('reads retry-after-ms, retry-after seconds and HTTP dates', () => {
    expect(parseRetryAfter(new Headers({ 'retry-after-ms': '250' }))).toBe(250);
    expect(parseRetryAfter(new Headers({ 'retry-after': '3' }))).toBe(3000);
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(parseRetryAfter(new Headers({ 'retry-after': 'Thu, 01 Jan 2026 00:00:05 GMT' }), now)).toBe(5000);
    expect(parseRetryAfter(new Headers({}))).toBeUndefined();
  });
  it('redacts secrets and strips credentials from URLs', () => {
    expect(redactSecrets('bad key sk-abcd1234 given', ['sk-abcd1234'])).toBe('bad key [redacted] given');
    expect(displayUrl('http://user:pass@host:1/v1/?api-key=x')).toBe('http://host:1/v1');
  });
  it('normalises base URLs', () => {
    expect(normaliseBaseUrl('localhost:8000/v1/', 'vllm')).toBe('http://localhost:8000/v1');
  });
});

describe('secrets kept out of answers', () => {
  it('collects every API key variable in the environment, and live.api_key_env', () => {
    const env = { OPENAI_API_KEY: 'sk-one', ANTHROPIC_API_KEY: 'ak-two', MY_KEY: 'mine', HOME: '/home/x' };
    expect(apiKeysInEnvironment(env, 'MY_KEY').sort()).toEqual(['ak-two', 'mine', 'sk-one']);
    expect(apiKeysInEnvironment({ OPENAI_API_KEY: '' }, undefined)).toEqual([]);
  });
  it('redacts secrets in every string of a parsed body, keys included', () => {
    expect(
      redactJson({ choices: [{ message: { content: 'key sk-secret!' } }], 'sk-secret': 1, n: 2 }, [
        'sk-secret',
      ]),
    ).toEqual({ choices: [{ message: { content: 'key [redacted]!' } }], '[redacted]': 1, n: 2 });
  });
});
