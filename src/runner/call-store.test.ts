import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { SqliteCallStore, type StoredCall } from './call-store.js';

const call: StoredCall = {
  key: 'k1',
  providerId: 'openai',
  modelId: 'm',
  endpoint: 'http://127.0.0.1:1/v1',
  text: 'héllo',
  finishReason: { unified: 'length', raw: 'length' },
  usage: {
    inputTokens: { total: 10, cacheRead: 4 },
    outputTokens: { total: 5, reasoning: undefined },
    raw: { a: 1 },
  },
  usageSource: 'reported',
  costUsd: 0.25,
  latencyMs: 12.5,
  warnings: [{ type: 'unsupported', setting: 'seed' }],
  createdAt: '2026-01-01T00:00:00.000Z',
};

describe('SqliteCallStore', () => {
  const folders: string[] = [];
  afterEach(() => {
    for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
  });

  it('round-trips a call and survives reopening', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fixfirst-store-'));
    folders.push(dir);
    const store = await SqliteCallStore.open(dir);
    store.put(call, { prompt: [{ role: 'user', content: 'q' }] });
    store.close();
    const reopened = await SqliteCallStore.open(dir);
    expect(reopened.get('k1')).toEqual(call);
    expect(reopened.get('missing')).toBeUndefined();
    expect(reopened.countCalls()).toBe(1);
    reopened.close();
  });

  it('commits the calls of one turn of the event loop together, before the next turn', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fixfirst-store-'));
    folders.push(dir);
    const store = await SqliteCallStore.open(dir);
    const committed = () => {
      // Another connection, as a rerun after kill -9 would see the file.
      const reader = new Database(store.path, { readonly: true });
      try {
        return (reader.prepare('SELECT COUNT(*) AS n FROM calls').get() as { n: number }).n;
      } finally {
        reader.close();
      }
    };
    store.put(call, { prompt: [{ role: 'user', content: 'q' }] });
    store.put({ ...call, key: 'k2' }, { prompt: [{ role: 'user', content: 'r' }] });
    // Visible to this process at once; on disk by the end of the turn.
    expect(store.get('k2')).toEqual({ ...call, key: 'k2' });
    expect(committed()).toBe(0);
    await new Promise((resolve) => setImmediate(resolve));
    expect(committed()).toBe(2);
    store.put({ ...call, key: 'k3' }, { prompt: [{ role: 'user', content: 's' }] });
    expect(store.countCalls()).toBe(3);
    expect(committed()).toBe(3);
    store.close();
  });

  it('records runs', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fixfirst-store-'));
    folders.push(dir);
    const store = await SqliteCallStore.open(dir);
    const id = store.startRun('run', 'openai:m', 3, '2026-01-01T00:00:00Z');
    store.finishRun(id, {
      status: 'completed',
      finishedAt: '2026-01-01T00:01:00Z',
      calls: 3,
      cached: 0,
      costUsd: 0.1,
    });
    expect(store.latestRun('run', 'openai:m')).toMatchObject({ id, status: 'completed', calls: 3, items: 3 });
    expect(store.latestRun('run', 'other')).toBeUndefined();
    store.close();
  });
});
