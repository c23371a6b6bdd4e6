import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { writeWarehouseProject } from '../../test/helpers/warehouse-project.js';
import type { FixfirstError } from '../core/errors.js';
import { loadProjectPrompt } from '../project/load-prompt.js';
import { prepareProject } from '../project/prepare-project.js';
import { callKey } from './call-key.js';
import { SqliteCallStore } from './call-store.js';
import { liveSettings, taskRequest } from './live-session.js';
import { commandFor, prepareWithRecordedOutputs, type RecordedSource } from './recorded-outputs.js';

const local: RecordedSource = {
  providerId: 'openai',
  modelId: 'test-model',
  endpoint: 'http://127.0.0.1:9/v1',
};
const other: RecordedSource = {
  providerId: 'openai',
  modelId: 'other-model',
  endpoint: 'http://127.0.0.1:9/v1',
};
const environment = { env: {}, fetch: globalThis.fetch };

/** Stores an answer for the first `count` items of a project as `source` would have recorded it. */
async function record(dir: string, source: RecordedSource, count: number): Promise<void> {
  const project = await prepareProject(dir, { requireOutput: false });
  const live = liveSettings(project);
  const { prompt } = loadProjectPrompt(project);
  const store = await SqliteCallStore.open(dir);
  try {
    for (const entry of project.cases.slice(0, count)) {
      const request = taskRequest({ live, prompt }, entry.evalCase);
      store.put(
        {
          key: callKey(source, request),
          ...source,
          text: `${source.modelId}: ${entry.evalCase.id}`,
          finishReason: { unified: 'stop', raw: 'stop' },
          usage: {
            inputTokens: { total: 1, cacheRead: undefined },
            outputTokens: { total: 1, reasoning: undefined },
            raw: undefined,
          },
          usageSource: 'reported',
          costUsd: 0,
          latencyMs: 1,
          warnings: [],
          createdAt: '2026-03-01T10:00:00.000Z',
        },
        request,
      );
    }
  } finally {
    store.close();
  }
}

async function failure(promise: Promise<unknown>): Promise<FixfirstError> {
  return promise.then(
    () => {
      throw new Error('expected a failure');
    },
    (error: unknown) => error as FixfirstError,
  );
}

describe('prepareWithRecordedOutputs', () => {
  const folders: string[] = [];
  afterEach(() => {
    for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
  });
  const project = () => {
    const dir = writeWarehouseProject({ items: 6 });
    folders.push(dir);
    return dir;
  };

  it('finds a run made at another endpoint when it is the only one with every output, and names it', async () => {
    const dir = project();
    await record(dir, local, 6);
    // No OPENAI_BASE_URL: the project's own key points at api.openai.com, which has nothing.
    const { project: prepared, outputs } = await prepareWithRecordedOutputs(dir, 'run', {}, environment);
    expect(prepared.cases.map((entry) => entry.evalCase.output)).toEqual(
      ['W1', 'W2', 'W3', 'W4', 'W5', 'W6'].map((id) => `test-model: ${id}`),
    );
    expect(outputs).toMatchObject({
      source: 'run',
      model: 'openai:test-model',
      endpoint: local.endpoint,
      recordedAt: '2026-03-01T10:00:00.000Z',
      note: expect.stringMatching(/^none recorded for openai:test-model at https:\/\/api\.openai\.com\/v1/),
    });
    // With the variable set, the exact key finds them and no note is needed.
    const exact = await prepareWithRecordedOutputs(
      dir,
      'auto',
      {},
      { ...environment, env: { OPENAI_BASE_URL: local.endpoint } },
    );
    expect(exact.outputs).toEqual({
      source: 'run',
      model: 'openai:test-model',
      endpoint: local.endpoint,
      recordedAt: '2026-03-01T10:00:00.000Z',
    });
  });

  it('finds a run made with --model when fixfirst.yaml names another model', async () => {
    const dir = project();
    await record(dir, other, 6);
    const { outputs } = await prepareWithRecordedOutputs(
      dir,
      'auto',
      {},
      { ...environment, env: { OPENAI_BASE_URL: local.endpoint } },
    );
    expect(outputs).toMatchObject({ model: 'openai:other-model', endpoint: other.endpoint });
  });

  it('fails when several models or endpoints have every output, with a command for each that names its endpoint', async () => {
    const dir = project();
    await record(dir, local, 6);
    await record(dir, other, 6);
    const error = await failure(prepareWithRecordedOutputs(dir, 'auto', {}, environment));
    expect(error.code).toBe('INPUT_INVALID');
    expect(error.message).toContain('from 2 models or endpoints');
    expect(error.hint).toContain(
      `OPENAI_BASE_URL=${local.endpoint} fixfirst diagnose ${dir} --model openai:test-model`,
    );
    expect(error.hint).toContain(
      `OPENAI_BASE_URL=${local.endpoint} fixfirst diagnose ${dir} --model openai:other-model`,
    );
    // An explicit --model keeps that model, so the choice is no longer ambiguous.
    const chosen = await prepareWithRecordedOutputs(
      dir,
      'auto',
      { model: 'openai:other-model' },
      environment,
    );
    expect(chosen.outputs).toMatchObject({ model: 'openai:other-model' });
  });

  it('never swaps an explicit --model for another model', async () => {
    const dir = project();
    await record(dir, other, 6);
    const error = await failure(
      prepareWithRecordedOutputs(dir, 'run', { model: 'openai:test-model' }, environment),
    );
    expect(error.message).toBe(
      'the store has outputs for 0 of 6 items for openai:test-model at https://api.openai.com/v1 with the current prompt and settings',
    );
  });

  it('says which endpoint has part of the outputs, and never suggests a run that would reach another endpoint', async () => {
    const dir = project();
    await record(dir, local, 4);
    const error = await failure(prepareWithRecordedOutputs(dir, 'run', {}, environment));
    expect(error.message).toBe(
      `the store has outputs for 0 of 6 items for openai:test-model at https://api.openai.com/v1 with the current prompt and settings; openai:test-model at ${local.endpoint} has 4 of them (OPENAI_BASE_URL=${local.endpoint} fixfirst run ${dir} --model openai:test-model records the rest there)`,
    );
    expect(error.hint).toBe(
      `to record the missing ones at https://api.openai.com/v1 (only those calls are made): OPENAI_BASE_URL=https://api.openai.com/v1 fixfirst run ${dir} --model openai:test-model`,
    );
  });
});

describe('commandFor', () => {
  it('spells out the endpoint: the base-URL variable, or live.base_url when the provider has none or the config sets one', () => {
    expect(commandFor('diagnose', 'p', local, undefined)).toBe(
      `OPENAI_BASE_URL=${local.endpoint} fixfirst diagnose p --model openai:test-model`,
    );
    expect(commandFor('diagnose', 'p', local, `${local.endpoint}/`)).toBe(
      'fixfirst diagnose p --model openai:test-model',
    );
    expect(commandFor('run', 'p', local, 'http://elsewhere:1/v1')).toBe(
      `set live.base_url: ${local.endpoint} in fixfirst.yaml, then \`fixfirst run p --model openai:test-model\``,
    );
    const vllm = { providerId: 'vllm', modelId: 'm', endpoint: 'http://127.0.0.1:8000/v1' };
    expect(commandFor('run', 'p', vllm, undefined)).toBe('fixfirst run p --model vllm:m');
    expect(commandFor('run', 'p', { ...vllm, endpoint: 'http://gpu:8000/v1' }, undefined)).toBe(
      'set live.base_url: http://gpu:8000/v1 in fixfirst.yaml, then `fixfirst run p --model vllm:m`',
    );
  });
});
