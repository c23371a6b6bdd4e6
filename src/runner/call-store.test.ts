import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
