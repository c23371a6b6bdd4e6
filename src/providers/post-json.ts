import { isRetryableStatus, ProviderCallError } from '../core/language-model.js';

/** What a provider reads from a fetch response (a WHATWG `Response` has all of it). */
export interface FetchResponse {
  status: number;
  ok: boolean;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
}

/**
 * The `fetch` a provider calls: injected, so tests and embedders can replace it. The global
 * `fetch` is one; the CLI passes a leaner one on node:http (./node-http-fetch.ts).
 */
export type FetchFunction = (
  url: string,
  init: { method: string; headers: Record<string, string>; body: string; signal?: AbortSignal | undefined },
) => Promise<FetchResponse>;

/** One JSON POST to a provider. */
export interface PostJsonRequest {
  providerId: string;
  url: string;
  headers: Record<string, string>;
  body: unknown;
  fetch: FetchFunction;
  /**
   * Strings that must never leave this function: not in an error message, and not in a response
   * body either (a server may echo the key back inside an answer, which would then be stored,
   * cached and reported). The API key, and any other key in use.
   */
  secrets: readonly string[];
  abortSignal?: AbortSignal;
  /** Reads the provider's error message out of an error body. */
  errorMessage?: (body: unknown) => string | undefined;
}

/** A successful response: parsed body plus the headers a provider may read (request id). */
export interface PostJsonResponse {
  body: unknown;
  headers: FetchResponse['headers'];
}

/** A URL without credentials, query or fragment: safe to print and to hash. */
export function displayUrl(value: string): string {
  try {
    const url = new URL(value);
    return `${url.protocol}//${url.host}${url.pathname.replace(/\/+$/, '')}`;
  } catch {
    return '(invalid URL)';
  }
}

/** Replaces every secret in `text` with `[redacted]`. */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  let result = text;
  for (const secret of secrets) {
    if (secret.length >= 4) result = result.split(secret).join('[redacted]');
  }
  return result;
}

/**
 * A parsed JSON value with every secret replaced by `[redacted]` in every string (keys included),
 * so the redaction holds whatever JSON escapes the server used.
 */
export function redactJson(value: unknown, secrets: readonly string[]): unknown {
  const live = secrets.filter((secret) => secret.length >= 4);
  return live.length === 0 ? value : redactValue(value, live);
}

/** The value with secrets replaced; the same object when nothing changed (no copy on the hot path). */
function redactValue(value: unknown, secrets: readonly string[]): unknown {
  if (typeof value === 'string')
    return secrets.some((secret) => value.includes(secret)) ? redactSecrets(value, secrets) : value;
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    for (let index = 0; index < value.length; index++) {
      const entry = redactValue(value[index], secrets);
      if (entry !== value[index]) {
        copy ??= value.slice();
        copy[index] = entry;
      }
    }
    return copy ?? value;
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value);
    let changed = false;
    const redacted = entries.map(([key, entry]): [string, unknown] => {
      const cleanKey = redactValue(key, secrets) as string;
      const cleanEntry = redactValue(entry, secrets);
      if (cleanKey !== key || cleanEntry !== entry) changed = true;
      return [cleanKey, cleanEntry];
    });
    return changed ? Object.fromEntries(redacted) : value;
  }
  return value;
}

/**
 * How long the server asked us to wait: OpenAI's `retry-after-ms`, else `retry-after` in seconds or
 * as an HTTP date. Undefined when absent or unreadable.
 */
export function parseRetryAfter(
  headers: FetchResponse['headers'],
  now: number = Date.now(),
): number | undefined {
  const milliseconds = headers.get('retry-after-ms');
  if (milliseconds !== null && milliseconds.trim() !== '' && Number.isFinite(Number(milliseconds))) {
    return Math.max(0, Number(milliseconds));
  }
  const value = headers.get('retry-after');
  if (value === null || value.trim() === '') return undefined;
  if (/^\s*\d+(\.\d+)?\s*$/.test(value)) return Math.max(0, Number(value) * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Connection error codes (from undici's `cause`) that a retry may get past. */
const retryableConnectionCodes = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'UND_ERR_SOCKET',
  'UND_ERR_CLOSED',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
]);

function causeCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && typeof current === 'object' && current !== null; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

function isAbort(error: unknown, signal: AbortSignal | undefined): boolean {
  return signal?.aborted === true || (error instanceof Error && error.name === 'AbortError');
}

/** An aborted call (timeout, Ctrl-C) is final: retrying would undo the abort. */
function abortedError(providerId: string, cause: unknown): ProviderCallError {
  return new ProviderCallError(
    { providerId, kind: 'aborted', isRetryable: false },
    `${providerId}: request aborted`,
    {
      cause,
    },
  );
}

/**
 * POSTs JSON and returns the parsed body with every secret redacted (the one place responses are
 * cleaned, before any provider maps them); every failure becomes a `ProviderCallError` whose
 * message names the provider and the endpoint path and never contains a secret.
 */
export async function postJson(request: PostJsonRequest): Promise<PostJsonResponse> {
  const { providerId, secrets } = request;
  const where = new URL(request.url).pathname;
  let response: FetchResponse;
  try {
    response = await request.fetch(request.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...request.headers },
      body: JSON.stringify(request.body),
      signal: request.abortSignal,
    });
  } catch (error) {
    if (isAbort(error, request.abortSignal)) throw abortedError(providerId, error);
    const code = causeCode(error);
    throw new ProviderCallError(
      {
        providerId,
        kind: 'connection',
        isRetryable: code === undefined || retryableConnectionCodes.has(code),
      },
      redactSecrets(`${providerId}: cannot reach ${where} (${code ?? (error as Error).message})`, secrets),
      { hint: 'check the base URL and that the server is running', cause: error },
    );
  }
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    if (isAbort(error, request.abortSignal)) throw abortedError(providerId, error);
    throw new ProviderCallError(
      { providerId, kind: 'connection', isRetryable: true, statusCode: response.status },
      redactSecrets(
        `${providerId}: connection lost while reading the response (${causeCode(error) ?? 'unknown'})`,
        secrets,
      ),
      { cause: error },
    );
  }
  const requestId = response.headers.get('x-request-id') ?? response.headers.get('request-id') ?? undefined;
  let body: unknown;
  let parsed = true;
  try {
    body = text === '' ? undefined : JSON.parse(text);
  } catch {
    parsed = false;
  }
  if (!response.ok) {
    const providerMessage = parsed ? request.errorMessage?.(body) : undefined;
    const retryAfterMs = parseRetryAfter(response.headers);
    const detail = providerMessage ?? text.slice(0, 200).replace(/\s+/g, ' ').trim();
    throw new ProviderCallError(
      {
        providerId,
        kind: 'http',
        statusCode: response.status,
        isRetryable: isRetryableStatus(response.status),
        ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
        ...(requestId === undefined ? {} : { requestId }),
      },
      redactSecrets(
        `${providerId}: HTTP ${response.status} from ${where}${detail ? `: ${detail}` : ''}`,
        secrets,
      ),
      { hint: hintForStatus(response.status) },
    );
  }
  if (!parsed || typeof body !== 'object' || body === null) {
    throw new ProviderCallError(
      {
        providerId,
        kind: 'malformed-response',
        statusCode: response.status,
        isRetryable: true,
        ...(requestId === undefined ? {} : { requestId }),
      },
      redactSecrets(
        `${providerId}: the response from ${where} is not a JSON object (${text.slice(0, 60)})`,
        secrets,
      ),
      { hint: 'the base URL may point at something that is not an OpenAI- or Anthropic-compatible API' },
    );
  }
  return { body: redactJson(body, secrets), headers: response.headers };
}

function hintForStatus(status: number): string | undefined {
  if (status === 401 || status === 403)
    return 'check the API key in the environment variable the provider reads';
  if (status === 404)
    return 'check the model id and the base URL (OpenAI-compatible servers serve /v1/chat/completions)';
  if (status === 429)
    return 'rate limited: lower --concurrency or set live.requests_per_minute in fixfirst.yaml';
  if (status >= 500) return 'the provider failed; try again later';
  return undefined;
}
