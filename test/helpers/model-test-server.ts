import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One chat message as the server saw it (OpenAI and Anthropic shapes both normalise to this). */
export interface SeenMessage {
  role: string;
  content: string;
}

/** A request the server received. */
export interface RecordedRequest {
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
  messages: SeenMessage[];
  model: string | undefined;
}

/**
 * A fault to inject into one request:
 * - `429`: rate limited, with `Retry-After` (seconds) or `retry-after-ms` when `retryAfterMs` is set;
 * - `500`/`503`: server error; `400`: a client error (never retried);
 * - `timeout`: never answers; `reset`: destroys the socket;
 * - `malformed`: 200 with a body that is not JSON; `slow-body`: headers at once, body after `slowMs`.
 */
export type Fault =
  | { kind: '429'; retryAfterSeconds?: number; retryAfterMs?: number }
  | { kind: '500' | '503' | '400' }
  | { kind: 'timeout' | 'reset' | 'malformed' }
  | { kind: 'slow-body'; slowMs: number };

/** Decides the answer text for a request. */
export type Behaviour = (messages: SeenMessage[], request: RecordedRequest) => string;

/** Options of the test server. */
export interface ModelTestServerOptions {
  /** Delay before each normal answer, in milliseconds. */
  latencyMs?: number;
  behaviour?: Behaviour;
  /** When set, requests without this key get 401 with a body that echoes the key they sent. */
  expectedApiKey?: string;
  /** Omit `usage` from responses (as some local servers do). */
  omitUsage?: boolean;
}

/**
 * The scripted model of the test fixtures ("warehouse" task): it knows where warehouse Wn is only
 * when a passage saying so is in the prompt (answers "Paris" otherwise), answers as a bare JSON
 * object only when the prompt asks for JSON or shows JSON examples (or, spontaneously, for item ids
 * with id ≡ 1 or 2 mod 4), and otherwise wraps the JSON in a code fence. Asked to rewrite a prompt (the
 * optimizer's request), it returns a prompt that asks for JSON.
 */
export const warehouseBehaviour: Behaviour = (messages) => {
  const all = messages.map((message) => message.content).join('\n');
  if (/IMPROVED SYSTEM PROMPT/.test(all)) {
    return 'You answer questions about warehouses. Reply with a single JSON object {"answer": "<city>"} and nothing else: no code fences, no prose.';
  }
  const lastUser = [...messages].reverse().find((message) => message.role === 'user')?.content ?? '';
  const question = /warehouse (W\d+)/i.exec(lastUser);
  const id = question?.[1] ?? 'W0';
  const located = new RegExp(`Warehouse ${id} is located in ([A-Za-z]+)`).exec(lastUser);
  const city = located?.[1] ?? 'Paris';
  const json = JSON.stringify({ answer: city });
  const system = messages
    .filter((message) => message.role === 'system')
    .map((message) => message.content)
    .join('\n');
  const asksForJson = /\bJSON\b/.test(system);
  const showsJson = messages.some(
    (message) => message.role === 'assistant' && message.content.startsWith('{'),
  );
  const spontaneous = Number(id.slice(1)) % 4 === 1 || Number(id.slice(1)) % 4 === 2;
  return asksForJson || showsJson || spontaneous ? json : `\`\`\`json\n${json}\n\`\`\``;
};

/**
 * An OpenAI-compatible (`POST /v1/chat/completions`) and Anthropic-shaped (`POST /v1/messages`)
 * server on 127.0.0.1 with a scripted model and fault injection. Tests start it themselves; it
 * never talks to anything else.
 */
export class ModelTestServer {
  readonly requests: RecordedRequest[] = [];
  /** Normal answers sent. */
  answered = 0;
  inFlight = 0;
  maxInFlight = 0;
  private readonly faults: Fault[] = [];
  private readonly heldResponses = new Set<ServerResponse>();

  private constructor(
    private readonly server: Server,
    private readonly options: ModelTestServerOptions,
  ) {}

  /** Starts a server on a free port of 127.0.0.1. */
  static async start(options: ModelTestServerOptions = {}): Promise<ModelTestServer> {
    let instance: ModelTestServer | undefined;
    const server = createServer((request, response) => {
      void instance!.handle(request, response);
    });
    server.keepAliveTimeout = 5_000;
    instance = new ModelTestServer(server, options);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return instance;
  }

  /** `http://127.0.0.1:PORT` (Anthropic-style base URL). */
  get url(): string {
    const { port } = this.server.address() as AddressInfo;
    return `http://127.0.0.1:${port}`;
  }

  /** `http://127.0.0.1:PORT/v1` (OpenAI-style base URL). */
  get openaiBaseUrl(): string {
    return `${this.url}/v1`;
  }

  /** Queues faults for the next requests, in order. */
  injectFaults(...faults: Fault[]): void {
    this.faults.push(...faults);
  }

  /** How many client connections are open now (a keep-alive pool left open keeps its sockets here). */
  openConnections(): Promise<number> {
    return new Promise((resolve, reject) =>
      this.server.getConnections((error, count) => (error ? reject(error) : resolve(count))),
    );
  }

  /** Stops the server, dropping held connections. */
  async close(): Promise<void> {
    for (const response of this.heldResponses) response.destroy();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const path = request.url ?? '/';
    let body: unknown;
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      body = undefined;
    }
    const anthropic = path.endsWith('/v1/messages');
    const messages = seenMessages(body, anthropic);
    const recorded: RecordedRequest = {
      path,
      headers: request.headers,
      body,
      messages,
      model: (body as { model?: string } | undefined)?.model,
    };
    this.requests.push(recorded);
    if (!path.endsWith('/chat/completions') && !anthropic) {
      sendJson(response, 404, { error: { message: `no route ${path}` } });
      return;
    }
    if (this.options.expectedApiKey !== undefined) {
      const sent = anthropic
        ? String(request.headers['x-api-key'] ?? '')
        : String(request.headers.authorization ?? '').replace(/^Bearer /, '');
      if (sent !== this.options.expectedApiKey) {
        sendJson(response, 401, { error: { message: `Incorrect API key provided: ${sent}` } });
        return;
      }
    }
    const fault = this.faults.shift();
    if (fault !== undefined && this.applyFault(fault, response)) return;
    this.inFlight++;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    try {
      if (this.options.latencyMs) await sleep(this.options.latencyMs);
      const text = (this.options.behaviour ?? warehouseBehaviour)(messages, recorded);
      const inputTokens = Math.ceil(messages.reduce((sum, message) => sum + message.content.length, 0) / 4);
      const outputTokens = Math.ceil(text.length / 4);
      this.answered++;
      if (anthropic) {
        sendJson(response, 200, {
          id: `msg_${this.requests.length}`,
          type: 'message',
          role: 'assistant',
          model: recorded.model,
          content: [{ type: 'text', text }],
          stop_reason: 'end_turn',
          ...(this.options.omitUsage
            ? {}
            : { usage: { input_tokens: inputTokens, output_tokens: outputTokens } }),
        });
      } else {
        sendJson(response, 200, {
          id: `chatcmpl-${this.requests.length}`,
          object: 'chat.completion',
          model: recorded.model,
          choices: [{ index: 0, message: { role: 'assistant', content: text }, finish_reason: 'stop' }],
          ...(this.options.omitUsage
            ? {}
            : {
                usage: {
                  prompt_tokens: inputTokens,
                  completion_tokens: outputTokens,
                  total_tokens: inputTokens + outputTokens,
                },
              }),
        });
      }
    } finally {
      this.inFlight--;
    }
  }

  /** Returns true when the fault took over the response. */
  private applyFault(fault: Fault, response: ServerResponse): boolean {
    switch (fault.kind) {
      case '429': {
        const headers: Record<string, string> =
          fault.retryAfterMs !== undefined
            ? { 'retry-after-ms': String(fault.retryAfterMs) }
            : { 'retry-after': String(fault.retryAfterSeconds ?? 1) };
        sendJson(response, 429, { error: { message: 'Rate limit reached' } }, headers);
        return true;
      }
      case '500':
      case '503':
      case '400':
        sendJson(response, Number(fault.kind), { error: { message: `injected ${fault.kind}` } });
        return true;
      case 'timeout':
        this.heldResponses.add(response);
        response.on('close', () => this.heldResponses.delete(response));
        return true;
      case 'reset':
        response.socket?.destroy();
        return true;
      case 'malformed':
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end('{"choices": [ {"message": ');
        return true;
      case 'slow-body': {
        this.heldResponses.add(response);
        response.writeHead(200, { 'content-type': 'application/json' });
        response.write('{"choices": [');
        const timer = setTimeout(() => {
          this.heldResponses.delete(response);
          response.end(
            '{"index":0,"message":{"role":"assistant","content":"late"},"finish_reason":"stop"}]}',
          );
        }, fault.slowMs);
        response.on('close', () => clearTimeout(timer));
        return true;
      }
    }
  }
}

function seenMessages(body: unknown, anthropic: boolean): SeenMessage[] {
  const record = (body ?? {}) as { messages?: unknown; system?: unknown };
  const messages: SeenMessage[] = [];
  if (anthropic && typeof record.system === 'string')
    messages.push({ role: 'system', content: record.system });
  if (Array.isArray(record.messages)) {
    for (const message of record.messages as { role?: unknown; content?: unknown }[]) {
      messages.push({
        role: String(message.role),
        content: typeof message.content === 'string' ? message.content : '',
      });
    }
  }
  return messages;
}

function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
    ...headers,
  });
  response.end(text);
}

function sleep(milliseconds: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, milliseconds));
}
