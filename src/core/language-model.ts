import { FixfirstError } from './errors.js';
import type { ChatMessage } from './eval-case.js';
import type { JsonObject, JsonValue } from './json.js';

/**
 * The model-provider interface (live mode), after the Vercel AI SDK's `LanguageModelV3`, trimmed to
 * what fixfirst needs: one non-streaming call. A provider is one file in src/providers/ that
 * implements it and one line in src/providers/index.ts. Results keep the normalised value and the
 * raw one; settings a provider cannot honour become warnings, never silent drops or exceptions.
 *
 * Changing this file is a breaking change for every provider: bump `specificationVersion`.
 */
export interface LanguageModel {
  /** The interface version this model implements. */
  readonly specificationVersion: 'v1';
  /** Registry id of the provider, e.g. `openai`, `anthropic`, `ollama`. */
  readonly providerId: string;
  /** Provider-specific model id, e.g. `gpt-4o-mini`. */
  readonly modelId: string;
  /**
   * The endpoint called (base URL without credentials or query), so that the same model id on two
   * servers never shares a cache entry. Never contains an API key.
   */
  readonly endpoint: string;
  /**
   * Generates one completion. Called by the runner only ("do" prefix, as in the AI SDK), which adds
   * retries, timeouts, rate limits and caching. Throws `ProviderCallError` on failure.
   */
  doGenerate(request: ModelRequest): Promise<ModelResponse>;
}

/** One call's input. Field names follow the AI SDK's `LanguageModelV3CallOptions`. */
export interface ModelRequest {
  /** The conversation: system, user and assistant messages in order. */
  prompt: ChatMessage[];
  /** Upper limit on generated tokens. Also the worst case the budget reserves before sending. */
  maxOutputTokens?: number;
  /** Sampling temperature. */
  temperature?: number;
  /** Sampling seed, where the provider supports one (a warning otherwise). */
  seed?: number;
  /** Stop generating at any of these strings. */
  stopSequences?: string[];
  /** Aborts the HTTP request (timeouts, Ctrl-C). */
  abortSignal?: AbortSignal;
  /** Escape hatch: extra body fields, keyed by provider id (`{openai: {top_p: 0.9}}`). */
  providerOptions?: Record<string, JsonObject>;
}

/** Why generation stopped: normalised, with the provider's own value kept. */
export interface FinishReason {
  /** Normalised reason. */
  unified: 'stop' | 'length' | 'content-filter' | 'tool-calls' | 'error' | 'other';
  /** The provider's value, e.g. OpenAI `length`, Anthropic `max_tokens`. */
  raw: string | undefined;
}

/** Token counts as the provider reported them; undefined where it reported nothing. */
export interface TokenUsage {
  inputTokens: {
    /** All prompt tokens, cached or not. */
    total: number | undefined;
    /** Of which served from the provider's prompt cache. */
    cacheRead: number | undefined;
  };
  outputTokens: {
    /** All generated tokens. */
    total: number | undefined;
    /** Of which reasoning tokens (billed as output, not shown). */
    reasoning: number | undefined;
  };
  /** The provider's usage object, unchanged. */
  raw: JsonValue | undefined;
}

/** A setting the provider could not honour, or another remark about the call. */
export type ProviderWarning =
  | { type: 'unsupported'; setting: string; detail?: string }
  | { type: 'other'; message: string };

/** One call's result. */
export interface ModelResponse {
  /** The generated text (text parts joined). */
  text: string;
  finishReason: FinishReason;
  usage: TokenUsage;
  warnings: ProviderWarning[];
  /** Response metadata: the model that answered and the provider's request id. */
  response: { modelId: string | undefined; requestId: string | undefined };
}

/** What went wrong in a failed call. */
export type ProviderFailureKind =
  /** The server answered with an HTTP error status. */
  | 'http'
  /** No complete answer within the request timeout (set by the runner). */
  | 'timeout'
  /** The connection failed or was reset. */
  | 'connection'
  /** The server answered 2xx with a body that is not the expected JSON. */
  | 'malformed-response'
  /** The caller aborted (Ctrl-C). */
  | 'aborted';

/** Details of a failed provider call. Never contains an API key. */
export interface ProviderFailure {
  providerId: string;
  kind: ProviderFailureKind;
  /** HTTP status, when the server answered. */
  statusCode?: number;
  /** Whether trying again may succeed (429, 408, 409, 5xx, timeouts, resets, malformed bodies). */
  isRetryable: boolean;
  /** How long the server asked us to wait (Retry-After / retry-after-ms), in milliseconds. */
  retryAfterMs?: number;
  /** The provider's request id, for support tickets. */
  requestId?: string;
}

/**
 * A failed provider call. Retry decisions read `failure.isRetryable` (derived from the status code,
 * as in the AI SDK's APICallError), never the message.
 */
export class ProviderCallError extends FixfirstError {
  readonly failure: ProviderFailure;

  constructor(failure: ProviderFailure, problem: string, options: { hint?: string; cause?: unknown } = {}) {
    super('PROVIDER_CALL_FAILED', problem, options);
    this.name = 'ProviderCallError';
    this.failure = failure;
  }

  /** Works across module copies, like FixfirstError.isInstance. */
  static isProviderCallError(error: unknown): error is ProviderCallError {
    return FixfirstError.isInstance(error) && 'failure' in error;
  }
}

/** HTTP statuses worth retrying: timeouts, conflicts, rate limits and server errors. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 409 || status === 429 || status >= 500;
}
