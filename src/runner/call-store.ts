import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { FixfirstError } from '../core/errors.js';
import { importModule } from '../core/import-module.js';
import type { FinishReason, ProviderWarning, TokenUsage } from '../core/language-model.js';
import type { CallRequest } from './call-key.js';

/** One completed call as stored: what came back, what it cost, how long it took. Never an API key. */
export interface StoredCall {
  key: string;
  providerId: string;
  modelId: string;
  endpoint: string;
  text: string;
  finishReason: FinishReason;
  usage: TokenUsage;
  /** `reported` by the provider, or `worst-case` when it reported none (the cost charged is then an upper bound). */
  usageSource: 'reported' | 'worst-case';
  /** USD, or null when no price is known for the model. */
  costUsd: number | null;
  latencyMs: number;
  warnings: ProviderWarning[];
  /** ISO time the call completed. */
  createdAt: string;
}

/** Where completed calls are kept and looked up. */
export interface CallCache {
  get(key: string): StoredCall | undefined;
  /**
   * Commits one call: visible to `get` at once, durable by the end of the current turn of the
   * event loop (a crash after that loses nothing).
   */
  put(call: StoredCall, request: CallRequest): void;
}

/** A cache in memory (tests, library use without a project folder). */
export class MemoryCallCache implements CallCache {
  readonly calls = new Map<string, StoredCall>();
  get(key: string): StoredCall | undefined {
    return this.calls.get(key);
  }
  put(call: StoredCall): void {
    this.calls.set(call.key, call);
  }
}

/** How a run ended, as {@link SqliteCallStore.finishRun} records it. */
export type RunOutcome = Pick<RunRecord, 'status' | 'calls' | 'cached' | 'costUsd'> & { finishedAt: string };

/** A `fixfirst run` or `diagnose --live` invocation, for provenance. */
export interface RunRecord {
  id: number;
  command: string;
  model: string;
  startedAt: string;
  finishedAt: string | null;
  status: 'running' | 'completed' | 'interrupted' | 'budget' | 'failed';
  items: number;
  calls: number;
  cached: number;
  costUsd: number | null;
}

const schemaVersion = '1';

/** Folder of the store inside a project. */
export function storeFolder(projectDir: string): string {
  return join(projectDir, '.fixfirst');
}

/**
 * The run store and call cache: SQLite under `DIR/.fixfirst/store.sqlite` (better-sqlite3, loaded
 * only by the commands that need it). Calls are committed as they complete: the ones that complete
 * in the same turn of the event loop share one transaction, written before any further I/O is
 * handled (a commit costs about as much as the insert itself, and at concurrency 16 answers arrive
 * in bunches). With WAL journaling a `kill -9` loses at most the calls still in flight or whose
 * answers arrived in that very turn, and a rerun makes only those.
 */
export class SqliteCallStore implements CallCache {
  private readonly select;
  private readonly insert;
  private readonly insertAll;
  /** Calls put in this turn of the event loop, not yet committed. */
  private readonly pending = new Map<string, { call: StoredCall; request: CallRequest }>();
  private flushScheduled: NodeJS.Immediate | undefined;
  /** A commit that failed outside any caller's stack: thrown from the next use of the store. */
  private failure: unknown;

  private constructor(
    private readonly database: Database,
    readonly path: string,
  ) {
    this.select = database.prepare('SELECT * FROM calls WHERE key = ?');
    this.insert = database.prepare(
      `INSERT OR REPLACE INTO calls (key, provider, model, endpoint, request, text, finish_unified, finish_raw,
        input_tokens, cached_input_tokens, output_tokens, reasoning_tokens, usage_raw, usage_source, cost_usd,
        latency_ms, warnings, created_at)
       VALUES (@key, @provider, @model, @endpoint, @request, @text, @finishUnified, @finishRaw, @inputTokens,
        @cachedInputTokens, @outputTokens, @reasoningTokens, @usageRaw, @usageSource, @costUsd, @latencyMs,
        @warnings, @createdAt)`,
    );
    this.insertAll = database.transaction((entries: { call: StoredCall; request: CallRequest }[]) => {
      for (const { call, request } of entries) this.insert.run(insertParameters(call, request));
    });
  }

  /** Commits the calls put so far (every read and `close` does this first). */
  flush(): void {
    if (this.flushScheduled !== undefined) {
      clearImmediate(this.flushScheduled);
      this.flushScheduled = undefined;
    }
    if (this.failure !== undefined) throw this.failure;
    if (this.pending.size === 0) return;
    // Cleared only once committed: after a failed transaction `get` still sees the calls.
    this.insertAll([...this.pending.values()]);
    this.pending.clear();
  }

  /** Opens the store of a project folder only if it exists (read paths never create one). */
  static async openIfExists(projectDir: string): Promise<SqliteCallStore | undefined> {
    if (!existsSync(join(storeFolder(projectDir), 'store.sqlite'))) return undefined;
    return SqliteCallStore.open(projectDir);
  }

  /** Mean latency of stored calls to a model, in ms, and how many calls it is based on. */
  meanLatency(providerId: string, modelId: string): { milliseconds: number; calls: number } | undefined {
    this.flush();
    const row = this.database
      .prepare('SELECT AVG(latency_ms) AS mean, COUNT(*) AS n FROM calls WHERE provider = ? AND model = ?')
      .get(providerId, modelId) as { mean: number | null; n: number };
    return row.mean === null ? undefined : { milliseconds: row.mean, calls: Number(row.n) };
  }

  /** Opens (creating if needed) the store of a project folder. */
  static async open(projectDir: string): Promise<SqliteCallStore> {
    const folder = storeFolder(projectDir);
    const path = join(folder, 'store.sqlite');
    try {
      mkdirSync(folder, { recursive: true });
      // The store holds model outputs and prompts: keep it out of version control by default.
      writeFileSync(join(folder, '.gitignore'), '*\n', { flag: 'w' });
    } catch (error) {
      throw new FixfirstError(
        'USAGE',
        `cannot create the store folder (${(error as NodeJS.ErrnoException).code})`,
        {
          location: { file: folder },
          hint: 'live mode keeps its call cache in DIR/.fixfirst/: make the project folder writable',
          cause: error,
        },
      );
    }
    const { default: DatabaseConstructor } = await importModule<{ default: typeof import('better-sqlite3') }>(
      'better-sqlite3',
    );
    let database: Database;
    try {
      database = new DatabaseConstructor(path);
      database.pragma('journal_mode = WAL');
      database.pragma('synchronous = NORMAL');
      // Checkpoints (which fsync) every 16 MB of log instead of every 4 MB: they were half the cost of
      // storing calls. Commits survive a killed process either way (the log is in the OS cache, and
      // WAL replays it on the next open); closing the store checkpoints what is left.
      database.pragma('wal_autocheckpoint = 4000');
      database.pragma('busy_timeout = 5000');
      database.exec(`
        CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS calls (
          key TEXT PRIMARY KEY, provider TEXT NOT NULL, model TEXT NOT NULL, endpoint TEXT NOT NULL,
          request TEXT NOT NULL, text TEXT NOT NULL, finish_unified TEXT NOT NULL, finish_raw TEXT,
          input_tokens INTEGER, cached_input_tokens INTEGER, output_tokens INTEGER, reasoning_tokens INTEGER,
          usage_raw TEXT, usage_source TEXT NOT NULL, cost_usd REAL, latency_ms REAL NOT NULL,
          warnings TEXT NOT NULL, created_at TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS runs (
          id INTEGER PRIMARY KEY AUTOINCREMENT, command TEXT NOT NULL, model TEXT NOT NULL,
          started_at TEXT NOT NULL, finished_at TEXT, status TEXT NOT NULL, items INTEGER NOT NULL,
          calls INTEGER NOT NULL DEFAULT 0, cached INTEGER NOT NULL DEFAULT 0, cost_usd REAL);
      `);
      database
        .prepare('INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)')
        .run('schema_version', schemaVersion);
    } catch (error) {
      throw new FixfirstError('INPUT_INVALID', `cannot open the store (${(error as Error).message})`, {
        location: { file: path },
        hint: 'delete DIR/.fixfirst/ to start a fresh cache (completed calls will be made again)',
        cause: error,
      });
    }
    return new SqliteCallStore(database, path);
  }

  get(key: string): StoredCall | undefined {
    if (this.failure !== undefined) throw this.failure;
    const pending = this.pending.get(key);
    if (pending !== undefined) return pending.call;
    const row = this.select.get(key) as Record<string, unknown> | undefined;
    if (row === undefined) return undefined;
    const number = (value: unknown) => (value === null || value === undefined ? undefined : Number(value));
    return {
      key,
      providerId: String(row.provider),
      modelId: String(row.model),
      endpoint: String(row.endpoint),
      text: String(row.text),
      finishReason: {
        unified: row.finish_unified as FinishReason['unified'],
        raw: row.finish_raw === null ? undefined : String(row.finish_raw),
      },
      usage: {
        inputTokens: { total: number(row.input_tokens), cacheRead: number(row.cached_input_tokens) },
        outputTokens: { total: number(row.output_tokens), reasoning: number(row.reasoning_tokens) },
        raw: row.usage_raw === null ? undefined : JSON.parse(String(row.usage_raw)),
      },
      usageSource: row.usage_source as StoredCall['usageSource'],
      costUsd: row.cost_usd === null ? null : Number(row.cost_usd),
      latencyMs: Number(row.latency_ms),
      warnings: JSON.parse(String(row.warnings)) as ProviderWarning[],
      createdAt: String(row.created_at),
    };
  }

  put(call: StoredCall, request: CallRequest): void {
    if (this.failure !== undefined) throw this.failure;
    this.pending.set(call.key, { call, request });
    // setImmediate runs after this turn's I/O callbacks: every answer that arrived with this one.
    this.flushScheduled ??= setImmediate(() => {
      this.flushScheduled = undefined;
      try {
        this.flush();
      } catch (error) {
        this.failure = error;
      }
    });
  }

  /** Every provider, model and endpoint the store holds calls for, most recently used first. */
  callSources(): { providerId: string; modelId: string; endpoint: string; lastCallAt: string }[] {
    this.flush();
    const rows = this.database
      .prepare(
        'SELECT provider, model, endpoint, MAX(created_at) AS last FROM calls GROUP BY provider, model, endpoint ORDER BY last DESC',
      )
      .all() as { provider: string; model: string; endpoint: string; last: string }[];
    return rows.map((row) => ({
      providerId: row.provider,
      modelId: row.model,
      endpoint: row.endpoint,
      lastCallAt: row.last,
    }));
  }

  /** Number of stored calls. */
  countCalls(): number {
    this.flush();
    return Number((this.database.prepare('SELECT COUNT(*) AS n FROM calls').get() as { n: number }).n);
  }

  /** Records the start of a command; returns the run id. */
  startRun(command: string, model: string, items: number, startedAt: string): number {
    const result = this.database
      .prepare("INSERT INTO runs (command, model, started_at, status, items) VALUES (?, ?, ?, 'running', ?)")
      .run(command, model, startedAt, items);
    return Number(result.lastInsertRowid);
  }

  /** Records how a command ended. */
  finishRun(id: number, outcome: RunOutcome): void {
    // The run's outcome is written after its calls.
    this.flush();
    this.database
      .prepare(
        'UPDATE runs SET status = ?, finished_at = ?, calls = ?, cached = ?, cost_usd = ? WHERE id = ?',
      )
      .run(outcome.status, outcome.finishedAt, outcome.calls, outcome.cached, outcome.costUsd, id);
  }

  /** The most recent run of a command for a model, if any. */
  latestRun(command: string, model: string): RunRecord | undefined {
    const row = this.database
      .prepare('SELECT * FROM runs WHERE command = ? AND model = ? ORDER BY id DESC LIMIT 1')
      .get(command, model) as Record<string, unknown> | undefined;
    if (row === undefined) return undefined;
    return {
      id: Number(row.id),
      command: String(row.command),
      model: String(row.model),
      startedAt: String(row.started_at),
      finishedAt: row.finished_at === null ? null : String(row.finished_at),
      status: row.status as RunRecord['status'],
      items: Number(row.items),
      calls: Number(row.calls),
      cached: Number(row.cached),
      costUsd: row.cost_usd === null ? null : Number(row.cost_usd),
    };
  }

  /** Commits what is pending, then closes the database. */
  close(): void {
    try {
      this.flush();
    } finally {
      this.database.close();
    }
  }
}

/** The row of one call (the request without the abort signal; never an API key). */
function insertParameters(call: StoredCall, request: CallRequest): Record<string, unknown> {
  return {
    key: call.key,
    provider: call.providerId,
    model: call.modelId,
    endpoint: call.endpoint,
    request: JSON.stringify({
      prompt: request.prompt,
      temperature: request.temperature,
      maxOutputTokens: request.maxOutputTokens,
      seed: request.seed,
      stopSequences: request.stopSequences,
      providerOptions: request.providerOptions,
    }),
    text: call.text,
    finishUnified: call.finishReason.unified,
    finishRaw: call.finishReason.raw ?? null,
    inputTokens: call.usage.inputTokens.total ?? null,
    cachedInputTokens: call.usage.inputTokens.cacheRead ?? null,
    outputTokens: call.usage.outputTokens.total ?? null,
    reasoningTokens: call.usage.outputTokens.reasoning ?? null,
    usageRaw: call.usage.raw === undefined ? null : JSON.stringify(call.usage.raw),
    usageSource: call.usageSource,
    costUsd: call.costUsd,
    latencyMs: call.latencyMs,
    warnings: JSON.stringify(call.warnings),
    createdAt: call.createdAt,
  };
}
