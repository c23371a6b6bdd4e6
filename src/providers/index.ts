import { FixfirstError, type SourceLocation } from '../core/errors.js';
import type { LanguageModel } from '../core/language-model.js';
import { didYouMean } from '../core/suggest.js';
import { AnthropicMessagesModel } from './anthropic-messages-model.js';
import { OpenAIChatModel } from './openai-chat-model.js';
import type { FetchFunction } from './post-json.js';

export { displayUrl } from './post-json.js';

/** What a provider factory receives: everything resolved, nothing read from the environment. */
export interface ProviderFactorySettings {
  providerId: string;
  modelId: string;
  baseUrl: string;
  apiKey: string | undefined;
  fetch: FetchFunction;
  /** Every API key value in the environment: redacted from answers and errors, like the model's own key. */
  secrets: readonly string[];
}

/** One provider: a model-string prefix, where it lives, where its key comes from, and a factory. */
export interface ProviderEntry {
  /** The prefix in `id:model`, e.g. `openai`. */
  readonly id: string;
  /** One line for `--help` and error messages. */
  readonly summary: string;
  /** Base URL used when neither fixfirst.yaml nor the environment sets one. */
  readonly defaultBaseUrl: string | undefined;
  /** Environment variable that overrides the base URL, as in the official SDKs. */
  readonly baseUrlEnv: string | undefined;
  /** Environment variable holding the API key. */
  readonly apiKeyEnv: string | undefined;
  /** Whether a call without a key is pointless (hosted APIs). */
  readonly apiKeyRequired: boolean;
  /** Runs on the user's machine by default: calls cost nothing. */
  readonly local: boolean;
  create(settings: ProviderFactorySettings): LanguageModel;
}

const openAICompatible =
  (maxTokensField: 'max_completion_tokens' | 'max_tokens') =>
  (settings: ProviderFactorySettings): LanguageModel =>
    new OpenAIChatModel({ ...settings, maxTokensField });

/**
 * Every provider, one line each. This file is the only place `provider:model` strings are parsed;
 * an OpenAI-compatible server that is not listed works through `openai-compatible:` plus
 * `live.base_url`, or through `openai:` with OPENAI_BASE_URL.
 */
export const providers: readonly ProviderEntry[] = [
  {
    id: 'openai',
    summary: 'OpenAI chat completions (honours OPENAI_BASE_URL and OPENAI_API_KEY)',
    defaultBaseUrl: 'https://api.openai.com/v1',
    baseUrlEnv: 'OPENAI_BASE_URL',
    apiKeyEnv: 'OPENAI_API_KEY',
    apiKeyRequired: true,
    local: false,
    create: openAICompatible('max_completion_tokens'),
  },
  {
    id: 'anthropic',
    summary: 'Anthropic messages API (honours ANTHROPIC_BASE_URL and ANTHROPIC_API_KEY)',
    defaultBaseUrl: 'https://api.anthropic.com',
    baseUrlEnv: 'ANTHROPIC_BASE_URL',
    apiKeyEnv: 'ANTHROPIC_API_KEY',
    apiKeyRequired: true,
    local: false,
    create: (settings) => new AnthropicMessagesModel(settings),
  },
  {
    id: 'ollama',
    summary: "Ollama's OpenAI-compatible /v1 (honours OLLAMA_HOST)",
    defaultBaseUrl: 'http://127.0.0.1:11434/v1',
    baseUrlEnv: 'OLLAMA_HOST',
    apiKeyEnv: undefined,
    apiKeyRequired: false,
    local: true,
    create: openAICompatible('max_tokens'),
  },
  {
    id: 'vllm',
    summary: 'vLLM OpenAI-compatible server',
    defaultBaseUrl: 'http://127.0.0.1:8000/v1',
    baseUrlEnv: undefined,
    apiKeyEnv: 'VLLM_API_KEY',
    apiKeyRequired: false,
    local: true,
    create: openAICompatible('max_tokens'),
  },
  {
    id: 'llamacpp',
    summary: 'llama.cpp server (llama-server)',
    defaultBaseUrl: 'http://127.0.0.1:8080/v1',
    baseUrlEnv: undefined,
    apiKeyEnv: undefined,
    apiKeyRequired: false,
    local: true,
    create: openAICompatible('max_tokens'),
  },
  {
    id: 'lmstudio',
    summary: 'LM Studio local server',
    defaultBaseUrl: 'http://127.0.0.1:1234/v1',
    baseUrlEnv: undefined,
    apiKeyEnv: undefined,
    apiKeyRequired: false,
    local: true,
    create: openAICompatible('max_tokens'),
  },
  {
    id: 'together',
    summary: 'Together AI (OpenAI-compatible)',
    defaultBaseUrl: 'https://api.together.xyz/v1',
    baseUrlEnv: undefined,
    apiKeyEnv: 'TOGETHER_API_KEY',
    apiKeyRequired: true,
    local: false,
    create: openAICompatible('max_tokens'),
  },
  {
    id: 'fireworks',
    summary: 'Fireworks AI (OpenAI-compatible)',
    defaultBaseUrl: 'https://api.fireworks.ai/inference/v1',
    baseUrlEnv: undefined,
    apiKeyEnv: 'FIREWORKS_API_KEY',
    apiKeyRequired: true,
    local: false,
    create: openAICompatible('max_tokens'),
  },
  {
    id: 'openrouter',
    summary: 'OpenRouter (OpenAI-compatible)',
    defaultBaseUrl: 'https://openrouter.ai/api/v1',
    baseUrlEnv: undefined,
    apiKeyEnv: 'OPENROUTER_API_KEY',
    apiKeyRequired: true,
    local: false,
    create: openAICompatible('max_tokens'),
  },
  {
    id: 'openai-compatible',
    summary: 'any other OpenAI-compatible server: set live.base_url (and live.api_key_env)',
    defaultBaseUrl: undefined,
    baseUrlEnv: undefined,
    apiKeyEnv: undefined,
    apiKeyRequired: false,
    local: false,
    create: openAICompatible('max_tokens'),
  },
];

/** A model string split into its parts. */
export interface ModelReference {
  provider: ProviderEntry;
  modelId: string;
}

/** Where a model string came from, so errors point at the flag or the config line. */
export interface ModelStringSource {
  /** `--model` on the command line, or `model:` in fixfirst.yaml. */
  origin: 'flag' | 'config';
  location?: SourceLocation;
}

function modelError(source: ModelStringSource, problem: string, hint: string): FixfirstError {
  return new FixfirstError(source.origin === 'flag' ? 'USAGE' : 'CONFIG_INVALID', problem, {
    location: source.origin === 'config' ? { ...source.location, field: 'model' } : {},
    hint,
  });
}

/**
 * Splits `provider:model` at the first colon (model ids may contain colons: `ollama:llama3.1:8b`)
 * and finds the provider.
 */
export function parseModelString(text: string, source: ModelStringSource): ModelReference {
  const colon = text.indexOf(':');
  const known = providers.map((provider) => provider.id);
  if (colon <= 0 || colon === text.length - 1) {
    throw modelError(
      source,
      `model "${text}" should be written provider:model, e.g. openai:gpt-4o-mini`,
      `providers: ${known.join(', ')}`,
    );
  }
  const providerId = text.slice(0, colon);
  const provider = providers.find((entry) => entry.id === providerId);
  if (provider === undefined) {
    throw modelError(
      source,
      `unknown provider "${providerId}" in model "${text}".${didYouMean(providerId, known)}`,
      `providers: ${known.join(', ')}`,
    );
  }
  return { provider, modelId: text.slice(colon + 1) };
}

/** Settings that come from fixfirst.yaml's `live:` section and the process (env, fetch). */
export interface ModelSettings {
  /** Environment variables (API keys are read from here and nowhere else). */
  env: Readonly<Record<string, string | undefined>>;
  fetch: FetchFunction;
  /** `live.base_url`: beats the environment and the default. */
  baseUrl?: string;
  /** `live.api_key_env`: the name of the variable that holds the key, instead of the provider's. */
  apiKeyEnv?: string;
  /** Build the model even without a key (commands that only read recorded outputs). */
  keyOptional?: boolean;
}

/** Normalises a base URL: adds a scheme to `host:port` (OLLAMA_HOST style), drops a trailing slash. */
export function normaliseBaseUrl(value: string, providerId: string): string {
  let url = value.trim();
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) url = `http://${url}`;
  url = url.replace(/\/+$/, '');
  // OLLAMA_HOST names the server, not its OpenAI-compatible path.
  if (providerId === 'ollama' && !/\/v1$/.test(url)) url = `${url}/v1`;
  return url;
}

/**
 * The values of every API key variable a provider reads (and `live.api_key_env`), so that a server
 * echoing any key in use — the task model's or the optimizer's — never gets it into the store.
 */
export function apiKeysInEnvironment(
  env: Readonly<Record<string, string | undefined>>,
  extraVariable: string | undefined,
): string[] {
  const names = new Set(
    providers.flatMap((provider) => (provider.apiKeyEnv === undefined ? [] : [provider.apiKeyEnv])),
  );
  if (extraVariable !== undefined) names.add(extraVariable);
  return [...names]
    .map((name) => env[name])
    .filter((value): value is string => value !== undefined && value !== '');
}

/** The resolved model plus facts the runner and the planner need. */
export interface ResolvedModel {
  model: LanguageModel;
  provider: ProviderEntry;
  /** Where the base URL came from, for the plan printout. */
  baseUrlSource: 'config' | 'environment' | 'default';
  /** Name of the variable the key was read from (never the key). */
  apiKeyEnv: string | undefined;
}

/**
 * Creates the model for `provider:model`. The API key is read from the environment only; a missing
 * required key is a MISSING_API_KEY error naming the variable (never a value).
 */
export function createLanguageModel(
  text: string,
  settings: ModelSettings,
  source: ModelStringSource,
): ResolvedModel {
  const { provider, modelId } = parseModelString(text, source);
  const fromEnvironment = provider.baseUrlEnv === undefined ? undefined : settings.env[provider.baseUrlEnv];
  let baseUrlSource: ResolvedModel['baseUrlSource'] = 'default';
  let rawBaseUrl = provider.defaultBaseUrl;
  if (settings.baseUrl !== undefined && settings.baseUrl !== '') {
    rawBaseUrl = settings.baseUrl;
    baseUrlSource = 'config';
  } else if (fromEnvironment !== undefined && fromEnvironment !== '') {
    rawBaseUrl = fromEnvironment;
    baseUrlSource = 'environment';
  }
  if (rawBaseUrl === undefined) {
    throw new FixfirstError('CONFIG_INVALID', `provider "${provider.id}" needs a base URL`, {
      location: source.origin === 'config' ? { ...source.location, field: 'live.base_url' } : {},
      hint: 'set `live: {base_url: http://host:port/v1}` in fixfirst.yaml',
    });
  }
  const baseUrl = normaliseBaseUrl(rawBaseUrl, provider.id);
  try {
    new URL(baseUrl);
  } catch {
    throw new FixfirstError('CONFIG_INVALID', `base URL for provider "${provider.id}" is not a URL`, {
      location: { field: baseUrlSource === 'config' ? 'live.base_url' : (provider.baseUrlEnv ?? 'base_url') },
      hint: 'write it like http://127.0.0.1:8000/v1',
    });
  }
  const apiKeyEnv = settings.apiKeyEnv ?? provider.apiKeyEnv;
  const apiKey = apiKeyEnv === undefined ? undefined : settings.env[apiKeyEnv] || undefined;
  const keyNeeded =
    settings.apiKeyEnv !== undefined ||
    (provider.apiKeyRequired && (provider.id !== 'openai' || baseUrl === provider.defaultBaseUrl));
  if (apiKey === undefined && keyNeeded && settings.keyOptional !== true) {
    throw new FixfirstError('MISSING_API_KEY', `${apiKeyEnv ?? 'an API key variable'} is not set`, {
      hint: `export ${apiKeyEnv}=... in the environment (fixfirst reads keys from the environment only, never from files)`,
    });
  }
  const model = provider.create({
    providerId: provider.id,
    modelId,
    baseUrl,
    apiKey,
    fetch: settings.fetch,
    secrets: apiKeysInEnvironment(settings.env, settings.apiKeyEnv),
  });
  return { model, provider, baseUrlSource, apiKeyEnv };
}
