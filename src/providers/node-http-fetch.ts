import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';
import type { FetchFunction, FetchResponse } from './post-json.js';

/** A fetch for provider calls plus the connection pool behind it. */
export interface NodeHttpFetch {
  fetch: FetchFunction;
  /** Closes the pooled connections (idle ones never keep the process alive either way). */
  close(): void;
}

/** Options of {@link createNodeHttpFetch}. */
export interface NodeHttpFetchOptions {
  /**
   * Where the requests this transport does not handle itself go: redirects, URLs with
   * credentials, schemes other than http(s). Defaults to the global fetch, so those behave exactly
   * as before.
   */
  fallback?: FetchFunction;
}

const decoder = new TextDecoder();

function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('This operation was aborted', 'AbortError');
}

/** Reads a header the way `Headers.get` does: case-insensitive, repeated values joined. */
function headersOf(response: IncomingMessage): FetchResponse['headers'] {
  return {
    get(name: string): string | null {
      const value = response.headers[name.toLowerCase()];
      if (value === undefined) return null;
      return Array.isArray(value) ? value.join(', ') : value;
    },
  };
}

/** The body as fetch's `text()` gives it: decompressed, UTF-8 with a leading BOM dropped. */
function decodeBody(body: Buffer, encoding: string | undefined): string {
  switch (encoding?.trim().toLowerCase()) {
    case 'gzip':
    case 'x-gzip':
      return decoder.decode(gunzipSync(body));
    case 'deflate':
      return decoder.decode(inflateSync(body));
    case 'br':
      return decoder.decode(brotliDecompressSync(body));
    default:
      return decoder.decode(body);
  }
}

/**
 * The subset of `fetch` that providers use (one JSON POST, status, headers, `text()`), on node:http
 * with keep-alive connection pools. Why: on a loopback model server undici's WHATWG fetch costs
 * about three times the CPU of node:http per call (request cloning, web streams, body teeing),
 * which on a busy 2-core machine is what bounds `fixfirst run`. The runner already bounds the calls
 * in flight, so the pools need no size of their own: they grow to the concurrency and reuse those
 * connections. Errors keep node's codes (`ECONNRESET`, `ECONNREFUSED`) for the retry policy, an
 * abort rejects with the signal's reason, and a body cut off mid-way rejects `text()` — what the
 * callers read from fetch.
 */
export function createNodeHttpFetch(options: NodeHttpFetchOptions = {}): NodeHttpFetch {
  const fallback = options.fallback ?? ((url, init) => globalThis.fetch(url, init));
  const httpAgent = new HttpAgent({ keepAlive: true });
  const httpsAgent = new HttpsAgent({ keepAlive: true });

  const fetch: FetchFunction = (url, init) => {
    const target = new URL(url);
    const secure = target.protocol === 'https:';
    if ((!secure && target.protocol !== 'http:') || target.username !== '' || target.password !== '')
      return fallback(url, init);
    const signal = init.signal ?? undefined;
    if (signal?.aborted) return Promise.reject(abortError(signal));
    // A string body (not a Buffer) lets node send the headers and the body in one write.
    const body = init.body ?? '';
    return new Promise<FetchResponse>((resolve, reject) => {
      let settled = false;
      const request = (secure ? httpsRequest : httpRequest)({
        protocol: target.protocol,
        // URL keeps IPv6 literals in brackets; node wants them bare.
        hostname: target.hostname.replace(/^\[(.*)\]$/, '$1'),
        port: target.port === '' ? undefined : Number(target.port),
        path: `${target.pathname}${target.search}`,
        method: init.method ?? 'POST',
        agent: secure ? httpsAgent : httpAgent,
        headers: {
          accept: '*/*',
          'accept-encoding': 'gzip, deflate, br',
          ...init.headers,
          'content-length': String(Buffer.byteLength(body, 'utf8')),
        },
      });
      let onAbort: (() => void) | undefined;
      const detach = () => {
        if (onAbort !== undefined) signal?.removeEventListener('abort', onAbort);
        onAbort = undefined;
      };
      if (signal !== undefined) {
        onAbort = () => request.destroy(abortError(signal) as Error);
        signal.addEventListener('abort', onAbort, { once: true });
      }
      request.on('error', (error) => {
        detach();
        if (!settled) {
          settled = true;
          reject(signal?.aborted ? abortError(signal) : error);
        }
      });
      request.on('response', (response) => {
        const status = response.statusCode ?? 0;
        if (status >= 300 && status < 400 && status !== 304 && response.headers.location !== undefined) {
          // fetch follows redirects (a 307/308 re-sends the POST): let it, for this rare case.
          settled = true;
          detach();
          response.resume();
          fallback(url, init).then(resolve, reject);
          return;
        }
        // Read the body at once, so the connection goes back to the pool whatever the caller does.
        const text = new Promise<string>((resolveText, rejectText) => {
          const chunks: Buffer[] = [];
          let ended = false;
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('close', () => {
            if (ended) return;
            detach();
            const error = Object.assign(new Error('the connection closed before the body ended'), {
              code: 'ECONNRESET',
            });
            rejectText(signal?.aborted ? abortError(signal) : error);
          });
          response.on('error', (error) => {
            detach();
            rejectText(signal?.aborted ? abortError(signal) : error);
          });
          response.on('end', () => {
            ended = true;
            detach();
            try {
              resolveText(decodeBody(Buffer.concat(chunks), response.headers['content-encoding']));
            } catch (error) {
              rejectText(error);
            }
          });
        });
        // A body never read must not become an unhandled rejection; `text()` still sees the error.
        text.catch(() => undefined);
        settled = true;
        resolve({
          status,
          ok: status >= 200 && status < 300,
          headers: headersOf(response),
          text: () => text,
        });
      });
      request.end(body);
    });
  };

  return {
    fetch,
    close() {
      httpAgent.destroy();
      httpsAgent.destroy();
    },
  };
}
