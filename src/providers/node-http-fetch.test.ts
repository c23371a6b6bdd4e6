import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { ModelTestServer } from '../../test/helpers/model-test-server.js';
import { runProviderConformance } from '../../test/helpers/provider-conformance.js';
import { ProviderCallError } from '../core/language-model.js';
import { AnthropicMessagesModel } from './anthropic-messages-model.js';
import { createNodeHttpFetch } from './node-http-fetch.js';
import { OpenAIChatModel } from './openai-chat-model.js';
import { postJson } from './post-json.js';

const transport = createNodeHttpFetch();
afterAll(() => transport.close());

// The providers behave the same on this transport as on the global fetch: the shared suite again.
runProviderConformance({
  name: 'OpenAIChatModel on node:http',
  create: (server, apiKey) =>
    new OpenAIChatModel({
      providerId: 'openai',
      modelId: 'test-model',
      baseUrl: server.openaiBaseUrl,
      apiKey,
      fetch: transport.fetch,
      maxTokensField: 'max_completion_tokens',
    }),
});
runProviderConformance({
  name: 'AnthropicMessagesModel on node:http',
  create: (server, apiKey) =>
    new AnthropicMessagesModel({
      providerId: 'anthropic',
      modelId: 'claude-test',
      baseUrl: server.url,
      apiKey,
      fetch: transport.fetch,
    }),
});

async function serve(handler: (request: IncomingMessage, response: ServerResponse) => void): Promise<{
  server: Server;
  url: string;
}> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

const post = (url: string, signal?: AbortSignal) =>
  postJson({
    providerId: 'openai',
    url,
    headers: {},
    body: { hello: 'world' },
    fetch: transport.fetch,
    secrets: [],
    ...(signal === undefined ? {} : { abortSignal: signal }),
  });

describe('node:http fetch', () => {
  it('reuses its connections across sequential calls', async () => {
    const sockets = new Set<unknown>();
    const { server, url } = await serve((request, response) => {
      sockets.add(request.socket);
      request.resume();
      request.on('end', () => response.end('{"ok":true}'));
    });
    try {
      for (let index = 0; index < 5; index++) await post(`${url}/v1/chat/completions`);
      expect(sockets.size).toBe(1);
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });

  it('decodes gzip and drops a leading byte-order mark, as fetch does', async () => {
    const { server, url } = await serve((request, response) => {
      request.resume();
      response.writeHead(200, { 'content-encoding': 'gzip', 'x-request-id': 'req-1' });
      response.end(gzipSync(Buffer.from('\uFEFF{"text":"café"}', 'utf8')));
    });
    try {
      const { body, headers } = await post(`${url}/v1/chat/completions`);
      expect(body).toEqual({ text: 'café' });
      expect(headers.get('X-Request-Id')).toBe('req-1');
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });

  it('follows a 307 redirect with the same POST (through fetch)', async () => {
    const seen: string[] = [];
    const { server, url } = await serve((request, response) => {
      let text = '';
      request.on('data', (chunk) => {
        text += chunk;
      });
      request.on('end', () => {
        seen.push(`${request.method} ${request.url} ${text}`);
        if (request.url === '/old') {
          response.writeHead(307, { location: '/new' });
          response.end();
        } else response.end('{"moved":true}');
      });
    });
    try {
      expect((await post(`${url}/old`)).body).toEqual({ moved: true });
      expect(seen.at(-1)).toBe('POST /new {"hello":"world"}');
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });

  it('a body cut off mid-way is a retryable connection failure; an abort mid-body is final', async () => {
    const { server, url } = await serve((request, response) => {
      request.resume();
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
      response.write('{"partial":');
      if (request.url === '/cut') setTimeout(() => response.socket?.destroy(), 20);
    });
    try {
      const cut = (await post(`${url}/cut`).catch((error: unknown) => error)) as ProviderCallError;
      expect(ProviderCallError.isProviderCallError(cut)).toBe(true);
      expect(cut.failure).toMatchObject({ kind: 'connection', isRetryable: true, statusCode: 200 });
      const controller = new AbortController();
      setTimeout(() => controller.abort(), 50);
      const aborted = (await post(`${url}/hang`, controller.signal).catch(
        (error: unknown) => error,
      )) as ProviderCallError;
      expect(aborted.failure).toMatchObject({ kind: 'aborted', isRetryable: false });
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });

  it('a refused connection is a retryable connection failure naming the code', async () => {
    const { server, url } = await serve(() => undefined);
    await new Promise((resolve) => server.close(resolve));
    const error = (await post(`${url}/v1/chat/completions`).catch(
      (caught: unknown) => caught,
    )) as ProviderCallError;
    expect(error.failure).toMatchObject({ kind: 'connection', isRetryable: true });
    expect(error.message).toContain('ECONNREFUSED');
  });

  it('runs calls in parallel against the model test server', async () => {
    const server = await ModelTestServer.start({ latencyMs: 5 });
    try {
      const model = new OpenAIChatModel({
        providerId: 'openai',
        modelId: 'test-model',
        baseUrl: server.openaiBaseUrl,
        apiKey: 'k',
        fetch: transport.fetch,
        maxTokensField: 'max_tokens',
      });
      const answers = await Promise.all(
        Array.from({ length: 20 }, (_, index) =>
          model.doGenerate({ prompt: [{ role: 'user', content: `Where is warehouse W${index}?` }] }),
        ),
      );
      expect(answers).toHaveLength(20);
      expect(server.requests.length).toBe(20);
      // In parallel: the server saw several requests at once (the pool opened more than one connection).
      expect(server.maxInFlight).toBeGreaterThan(1);
    } finally {
      await server.close();
    }
  });
});
