import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SqliteCallStore } from '../../src/runner/call-store.js';
import { ModelTestServer } from '../helpers/model-test-server.js';
import { runMain } from '../helpers/run-main.js';
import { storedCalls } from '../helpers/stored-calls.js';
import { writeWarehouseProject } from '../helpers/warehouse-project.js';

// A live command whose last write to the store fails (recording how the run ended) still closes the
// store and its connections, and the error that ended the run, if any, is the one the user sees.
// The failure is a trigger in the project's own store: no mocking of the store or the runner.

const refusal = 'store write refused (test trigger)';

/** A warehouse project whose store refuses to record how a run ended. */
async function projectWithFailingStore(items: number): Promise<string> {
  const dir = writeWarehouseProject({ items, live: { experiments: ['oracle_context'] } });
  (await SqliteCallStore.open(dir)).close();
  const database = new Database(join(dir, '.fixfirst', 'store.sqlite'));
  try {
    database.exec(
      `CREATE TRIGGER refuse_run_end BEFORE UPDATE ON runs BEGIN SELECT RAISE(ABORT, '${refusal}'); END;`,
    );
  } finally {
    database.close();
  }
  return dir;
}

describe('a live command whose store fails at the end', () => {
  let server: ModelTestServer;
  const folders: string[] = [];
  const env = () => ({ OPENAI_BASE_URL: server.openaiBaseUrl, OPENAI_API_KEY: 'sk-test' });
  beforeAll(async () => {
    server = await ModelTestServer.start();
  });
  afterAll(async () => {
    await server.close();
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  });

  /** The store is closed (its write-ahead log is folded in and removed) and no connection is left open. */
  async function expectClosed(dir: string): Promise<void> {
    expect(existsSync(join(dir, '.fixfirst', 'store.sqlite-wal'))).toBe(false);
    // The server sees a closed client socket a moment later; a pool left open would keep it for seconds.
    const deadline = Date.now() + 1000;
    while ((await server.openConnections()) > 0 && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 10));
    expect(await server.openConnections()).toBe(0);
  }

  it.each([
    ['run', []],
    ['diagnose', ['--live', '--quiet']],
  ])(
    '%s: the failure surfaces after the calls are saved, and everything is closed',
    async (command, flags) => {
      const dir = await projectWithFailingStore(6);
      folders.push(dir);
      const run = await runMain([command, dir, ...flags], env());
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(refusal);
      await expectClosed(dir);
      // Every call made was committed before the run's record was refused.
      expect(storedCalls(dir)).toBeGreaterThanOrEqual(6);
    },
  );

  it('run: when the run itself fails, its own error surfaces and the store failure is a line', async () => {
    const dir = await projectWithFailingStore(3);
    folders.push(dir);
    server.injectFaults({ kind: '400' });
    const run = await runMain(['run', dir, '--concurrency', '1'], env());
    expect(run.code, run.stderr).toBe(5);
    expect(run.stderr).toMatch(/injected 400/);
    expect(run.stderr).toContain(`fixfirst: saving to the store failed too: ${refusal}`);
    expect(run.stderr).not.toMatch(/internal error/);
    await expectClosed(dir);
  });
});
