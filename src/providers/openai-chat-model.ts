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

/** Settings of an OpenAI-compatible chat model (OpenAI, Ollama /v1, vLLM, llama.cpp, LM Studio, Together, ...). */
export interface OpenAIChatSettings {
  /** Registry id, e.g. `openai`, `ollama`. */
  providerId: string;
  modelId: string;
  /** Base URL up to and including `/v1`; `/chat/completions` is appended. */
  baseUrl: string;
  /** Sent as `Authorization: Bearer`; omitted when undefined (local servers). */
  apiKey: string | undefined;
  fetch: FetchFunction;
  /** Other values never to let through in an answer or an error (every API key in the environment). */
  secrets?: readonly string[];
  /**
   * Body field for the output limit: OpenAI's current `max_completion_tokens` (required by its
   * reasoning models) or the older `max_tokens` that most compatible servers read.
   */
  maxTokensField: 'max_completion_tokens' | 'max_tokens';
}

/** Maps an OpenAI `finish_reason` to the normalised one. */
export function mapOpenAIFinishReason(raw: string | null | undefined): FinishReason['unified'] {
  switch (raw) {
    case 'stop':
      return 'stop';
    case 'length':
      return 'length';
    case 'content_filter':
      return 'content-filter';
    case 'tool_calls':
    case 'function_call':
      return 'tool-calls';
    default:
      return 'other';
  }
}

function count(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** Maps an OpenAI `usage` object to TokenUsage, keeping the raw object. */
export function convertOpenAIUsage(usage: unknown): TokenUsage {
  const object = (typeof usage === 'object' && usage !== null ? usage : {}) as Record<string, unknown>;
  const promptDetails = (object.prompt_tokens_details ?? {}) as Record<string, unknown>;
  const completionDetails = (object.completion_tokens_details ?? {}) as Record<string, unknown>;
  return {
    inputTokens: { total: count(object.prompt_tokens), cacheRead: count(promptDetails.cached_tokens) },
    outputTokens: {
      total: count(object.completion_tokens),
      reasoning: count(completionDetails.reasoning_tokens),
    },
    raw: usage === undefined ? undefined : (usage as JsonValue),
  };
}

/** Maps fixfirst messages to OpenAI chat messages (`tool` messages without a call id become user text). */
export function convertToOpenAIMessages(prompt: readonly ChatMessage[]): { role: string; content: string }[] {
  return prompt.map((message) => ({
    role: message.role === 'tool' ? 'user' : message.role,
    content: message.content,
  }));
}

/** An OpenAI-compatible `/chat/completions` model. */
export class OpenAIChatModel implements LanguageModel {
  readonly specificationVersion = 'v1' as const;
  readonly providerId: string;
  readonly modelId: string;
  readonly endpoint: string;
  private readonly settings: OpenAIChatSettings;

  constructor(settings: OpenAIChatSettings) {
    this.settings = settings;
    this.providerId = settings.providerId;
    this.modelId = settings.modelId;
    this.endpoint = displayUrl(settings.baseUrl);
  }

  async doGenerate(request: ModelRequest): Promise<ModelResponse> {
    const { settings } = this;
    const warnings: ProviderWarning[] = [];
    if (request.prompt.some((message) => message.role === 'tool')) {
      warnings.push({
        type: 'unsupported',
        setting: 'prompt',
        detail: 'tool messages are sent as user messages',
      });
    }
    const body: Record<string, unknown> = {
      model: settings.modelId,
      messages: convertToOpenAIMessages(request.prompt),
      ...(request.temperature === undefined ? {} : { temperature: request.temperature }),
      ...(request.maxOutputTokens === undefined
        ? {}
        : { [settings.maxTokensField]: request.maxOutputTokens }),
      ...(request.seed === undefined ? {} : { seed: request.seed }),
      ...(request.stopSequences === undefined || request.stopSequences.length === 0
        ? {}
        : { stop: request.stopSequences }),
      ...request.providerOptions?.[settings.providerId],
    };
    const { body: response, headers } = await postJson({
      providerId: settings.providerId,
      url: `${settings.baseUrl}/chat/completions`,
      headers: settings.apiKey === undefined ? {} : { authorization: `Bearer ${settings.apiKey}` },
      body,
      fetch: settings.fetch,
      secrets: [...(settings.apiKey === undefined ? [] : [settings.apiKey]), ...(settings.secrets ?? [])],
      abortSignal: request.abortSignal,
      errorMessage: (errorBody) => {
        const error = (errorBody as { error?: { message?: unknown } } | undefined)?.error;
        return typeof error?.message === 'string' ? error.message : undefined;
      },
    });
    const choices = (response as { choices?: unknown }).choices;
    const choice = Array.isArray(choices) ? (choices[0] as Record<string, unknown> | undefined) : undefined;
    const message = choice?.message as { content?: unknown } | undefined;
    if (choice === undefined || message === undefined) {
      throw new ProviderCallError(
        { providerId: settings.providerId, kind: 'malformed-response', isRetryable: true },
        `${settings.providerId}: the response has no choices[0].message`,
        { hint: 'the server may not implement the OpenAI chat completions API' },
      );
    }
    const content = message.content;
    const text = typeof content === 'string' ? content : Array.isArray(content) ? joinParts(content) : '';
    const rawFinish = typeof choice.finish_reason === 'string' ? choice.finish_reason : undefined;
    const record = response as Record<string, unknown>;
    return {
      text,
      finishReason: { unified: mapOpenAIFinishReason(rawFinish), raw: rawFinish },
      usage: convertOpenAIUsage(record.usage),
      warnings,
      response: {
        modelId: typeof record.model === 'string' ? record.model : undefined,
        requestId: headers.get('x-request-id') ?? (typeof record.id === 'string' ? record.id : undefined),
      },
    };
  }
}

function joinParts(parts: unknown[]): string {
  return parts
    .map((part) =>
      typeof part === 'object' && part !== null ? (part as { text?: unknown }).text : undefined,
    )
    .filter((text): text is string => typeof text === 'string')
    .join('');
}
