import type { ChatMessage } from '../core/eval-case.js';
import type { JsonValue } from '../core/json.js';
import {
  type FinishReason,
  type LanguageModel,
  type ModelRequest,
  type ModelResponse,
  ProviderCallError,
  type ProviderWarning,
  type TokenUsage,
} from '../core/language-model.js';
import { displayUrl, type FetchFunction, postJson } from './post-json.js';

/** Settings of an Anthropic messages-API model. */
export interface AnthropicMessagesSettings {
  providerId: string;
  modelId: string;
  /** Base URL without `/v1` (the official SDK's convention); `/v1/messages` is appended. */
  baseUrl: string;
  apiKey: string | undefined;
  fetch: FetchFunction;
  /** Other values never to let through in an answer or an error (every API key in the environment). */
  secrets?: readonly string[];
}

/** The messages API requires `max_tokens`; this is used when the request sets no limit. */
export const anthropicDefaultMaxTokens = 1024;

/** The API version header sent with every call. */
export const anthropicVersion = '2023-06-01';

/** Maps an Anthropic `stop_reason` to the normalised one. */
export function mapAnthropicStopReason(raw: string | null | undefined): FinishReason['unified'] {
  switch (raw) {
    case 'end_turn':
    case 'stop_sequence':
    case 'pause_turn':
      return 'stop';
    case 'max_tokens':
    case 'model_context_window_exceeded':
      return 'length';
    case 'tool_use':
      return 'tool-calls';
    case 'refusal':
      return 'content-filter';
    default:
      return 'other';
  }
}

function count(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/**
 * Maps Anthropic `usage` to TokenUsage. Anthropic reports uncached, cache-read and cache-write
 * input tokens separately; the total is their sum (as the AI SDK computes it).
 */
export function convertAnthropicUsage(usage: unknown): TokenUsage {
  const object = (typeof usage === 'object' && usage !== null ? usage : {}) as Record<string, unknown>;
  const uncached = count(object.input_tokens);
  const cacheRead = count(object.cache_read_input_tokens);
  const cacheWrite = count(object.cache_creation_input_tokens);
  return {
    inputTokens: {
      total: uncached === undefined ? undefined : uncached + (cacheRead ?? 0) + (cacheWrite ?? 0),
      cacheRead,
    },
    outputTokens: { total: count(object.output_tokens), reasoning: undefined },
    raw: usage === undefined ? undefined : (usage as JsonValue),
  };
}

/**
 * Splits fixfirst messages into Anthropic's top-level `system` text and user/assistant messages.
 * Tool messages become user messages (with a warning).
 */
export function convertToAnthropicMessages(prompt: readonly ChatMessage[]): {
  system: string | undefined;
  messages: { role: 'user' | 'assistant'; content: string }[];
  warnings: ProviderWarning[];
} {
  const systemParts: string[] = [];
  const messages: { role: 'user' | 'assistant'; content: string }[] = [];
  const warnings: ProviderWarning[] = [];
  for (const message of prompt) {
    if (message.role === 'system') systemParts.push(message.content);
    else if (message.role === 'assistant') messages.push({ role: 'assistant', content: message.content });
    else {
      if (message.role === 'tool') {
        warnings.push({
          type: 'unsupported',
          setting: 'prompt',
          detail: 'tool messages are sent as user messages',
        });
      }
      messages.push({ role: 'user', content: message.content });
    }
  }
  return { system: systemParts.length > 0 ? systemParts.join('\n\n') : undefined, messages, warnings };
}

/** An Anthropic `/v1/messages` model. */
export class AnthropicMessagesModel implements LanguageModel {
  readonly specificationVersion = 'v1' as const;
  readonly providerId: string;
  readonly modelId: string;
  readonly endpoint: string;
  private readonly settings: AnthropicMessagesSettings;

  constructor(settings: AnthropicMessagesSettings) {
    this.settings = settings;
    this.providerId = settings.providerId;
    this.modelId = settings.modelId;
    this.endpoint = displayUrl(settings.baseUrl);
  }

  async doGenerate(request: ModelRequest): Promise<ModelResponse> {
    const { settings } = this;
    const { system, messages, warnings } = convertToAnthropicMessages(request.prompt);
    if (request.seed !== undefined) {
      warnings.push({
        type: 'unsupported',
        setting: 'seed',
        detail: 'the messages API has no sampling seed',
      });
    }
    const body: Record<string, unknown> = {
      model: settings.modelId,
      max_tokens: request.maxOutputTokens ?? anthropicDefaultMaxTokens,
      messages,
      ...(system === undefined ? {} : { system }),
      ...(request.temperature === undefined ? {} : { temperature: request.temperature }),
      ...(request.stopSequences === undefined || request.stopSequences.length === 0
        ? {}
        : { stop_sequences: request.stopSequences }),
      ...request.providerOptions?.[settings.providerId],
    };
    const { body: response, headers } = await postJson({
      providerId: settings.providerId,
      url: `${settings.baseUrl}/v1/messages`,
      headers: {
        'anthropic-version': anthropicVersion,
        ...(settings.apiKey === undefined ? {} : { 'x-api-key': settings.apiKey }),
      },
      body,
      fetch: settings.fetch,
      secrets: [...(settings.apiKey === undefined ? [] : [settings.apiKey]), ...(settings.secrets ?? [])],
      abortSignal: request.abortSignal,
      errorMessage: (errorBody) => {
        const error = (errorBody as { error?: { message?: unknown } } | undefined)?.error;
        return typeof error?.message === 'string' ? error.message : undefined;
      },
    });
    const record = response as Record<string, unknown>;
    if (!Array.isArray(record.content)) {
      throw new ProviderCallError(
        { providerId: settings.providerId, kind: 'malformed-response', isRetryable: true },
        `${settings.providerId}: the response has no content array`,
        { hint: 'the server may not implement the Anthropic messages API' },
      );
    }
    const text = record.content
      .filter(
        (part): part is { type: 'text'; text: string } =>
          typeof part === 'object' &&
          part !== null &&
          (part as { type?: unknown }).type === 'text' &&
          typeof (part as { text?: unknown }).text === 'string',
      )
      .map((part) => part.text)
      .join('');
    const rawStop = typeof record.stop_reason === 'string' ? record.stop_reason : undefined;
    return {
      text,
      finishReason: { unified: mapAnthropicStopReason(rawStop), raw: rawStop },
      usage: convertAnthropicUsage(record.usage),
      warnings,
      response: {
        modelId: typeof record.model === 'string' ? record.model : undefined,
        requestId: headers.get('request-id') ?? (typeof record.id === 'string' ? record.id : undefined),
      },
    };
  }
}
