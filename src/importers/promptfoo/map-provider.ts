/**
 * A promptfoo provider id as a fixfirst model: `openai:chat:gpt-4o-mini` → `openai:gpt-4o-mini`,
 * `anthropic:messages:claude-…` → `anthropic:claude-…`, `ollama:chat:llama3.1` → `ollama:llama3.1`,
 * and an OpenAI-compatible server (`openai:chat:<model>` with `apiBaseUrl` or `apiHost`) →
 * `openai-compatible:<model>` with `live.base_url`. Pure.
 */

/** What the provider becomes in fixfirst.yaml. */
export interface MappedModel {
  /** `model:`; undefined when the provider is promptfoo's echo (recorded outputs only). */
  model: string | undefined;
  /** `live:` settings the model needs (base URL, the environment variable holding the key). */
  live: { base_url?: string; api_key_env?: string };
  /** One line for the import log. */
  note: string;
}

/** Why a provider cannot be mapped. */
export interface UnmappedProvider {
  problem: string;
}

/** The provider forms fixfirst maps, for messages. */
export const supportedProviderForms = [
  'openai:<model>',
  'openai:chat:<model>',
  'openai:responses:<model>',
  'anthropic:messages:<model>',
  'anthropic:<model>',
  'ollama:<model>',
  'ollama:chat:<model>',
  'ollama:completion:<model>',
  'any openai:chat:<model> with config.apiBaseUrl (an OpenAI-compatible server)',
  'echo (recorded outputs, no model)',
];

/** OpenAI's non-chat endpoints: no text model to run. */
const openAIOtherKinds = new Set([
  'embedding',
  'embeddings',
  'assistant',
  'image',
  'realtime',
  'moderation',
  'transcription',
  'speech',
  'agents',
  'codex-sdk',
  'chatkit',
]);

function baseUrlOf(config: Readonly<Record<string, unknown>>): string | undefined {
  if (typeof config.apiBaseUrl === 'string' && config.apiBaseUrl !== '') return config.apiBaseUrl;
  if (typeof config.apiHost === 'string' && config.apiHost !== '') return `https://${config.apiHost}/v1`;
  return undefined;
}

/** Maps a provider id and its `config:` to a fixfirst model. */
export function mapProvider(
  id: string,
  config: Readonly<Record<string, unknown>>,
): MappedModel | UnmappedProvider {
  if (id === 'echo')
    return { model: undefined, live: {}, note: 'promptfoo’s echo provider: no model to run' };
  const parts = id.split(':');
  const [vendor] = parts;
  const live: MappedModel['live'] = {};
  if (typeof config.apiKeyEnvar === 'string' && /^[A-Za-z_]\w*$/.test(config.apiKeyEnvar)) {
    live.api_key_env = config.apiKeyEnvar;
  }
  const modelAfter = (kinds: readonly string[]) => {
    const kind = parts[1];
    if (kind !== undefined && kinds.includes(kind)) return parts.slice(2).join(':');
    return parts.slice(1).join(':');
  };
  if (vendor === 'openai' && parts.length >= 2) {
    if (openAIOtherKinds.has(parts[1]!)) {
      return { problem: `"${id}" is an OpenAI ${parts[1]} endpoint, not a text model` };
    }
    const model = modelAfter(['chat', 'responses', 'completion']);
    if (model === '') return { problem: `"${id}" names no model` };
    const baseUrl = baseUrlOf(config);
    if (baseUrl !== undefined) {
      return {
        model: `openai-compatible:${model}`,
        live: { base_url: baseUrl, ...live },
        note: `OpenAI-compatible server at ${baseUrl}`,
      };
    }
    return {
      model: `openai:${model}`,
      live,
      note: parts[1] === 'completion' ? 'OpenAI legacy completions, run as chat' : 'OpenAI',
    };
  }
  if (vendor === 'anthropic' && parts.length >= 2) {
    if (parts[1] !== 'messages' && parts[1] !== 'completion' && parts.length > 2) {
      return { problem: `"${id}" is not an Anthropic text model` };
    }
    const model = modelAfter(['messages', 'completion']);
    if (model === '' || model.startsWith('claude-agent-sdk'))
      return { problem: `"${id}" is not an Anthropic text model` };
    const baseUrl = baseUrlOf(config);
    return {
      model: `anthropic:${model}`,
      live: baseUrl === undefined ? live : { base_url: baseUrl, ...live },
      note: 'Anthropic',
    };
  }
  if (vendor === 'ollama' && parts.length >= 2) {
    if (parts[1] === 'embeddings' || parts[1] === 'embedding')
      return { problem: `"${id}" is an embedding model` };
    const model = modelAfter(['chat', 'completion']);
    if (model === '') return { problem: `"${id}" names no model` };
    const baseUrl = baseUrlOf(config);
    return {
      model: `ollama:${model}`,
      live: baseUrl === undefined ? live : { base_url: baseUrl, ...live },
      note: 'Ollama',
    };
  }
  return { problem: `"${id}" is not a provider fixfirst can run` };
}
