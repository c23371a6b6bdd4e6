import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { warehouseBehaviour } from '../../test/helpers/model-test-server.js';
import { writeWarehouseProject } from '../../test/helpers/warehouse-project.js';
import { prepareProject } from '../project/prepare-project.js';
import { openLiveSession, taskRequest } from '../runner/live-session.js';
import { diagnoseLive } from './live-diagnosis.js';

/** The scripted warehouse model's answer to a conversation. */
const answerTo = (messages: { role: string; content: string }[]) =>
  warehouseBehaviour(messages, {
    path: '/v1/chat/completions',
    headers: {},
    body: { messages },
    messages,
    model: undefined,
  });

/** An OpenAI-compatible answer from the scripted warehouse model, in process (no socket). */
const fetchStub: typeof fetch = async (_url, init) => {
  const body = JSON.parse(String(init?.body)) as { messages: { role: string; content: string }[] };
  const text = answerTo(body.messages);
  return new Response(
    JSON.stringify({
      choices: [{ index: 0, message: { role: 'assistant', content: text }, finish_reason: 'stop' }],
      usage: { prompt_tokens: 10, completion_tokens: 5 },
    }),
    { status: 200, headers: { 'content-type': 'application/json' } },
  );
};

describe('diagnoseLive progress', () => {
  const folders: string[] = [];
  afterEach(() => {
    for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
  });

  it('labels each phase and gives the experiments a total: the plan’s at-most calls', async () => {
    const dir = writeWarehouseProject({ items: 20, live: { experiments: ['oracle_context'] } });
    folders.push(dir);
    const project = await prepareProject(dir, { requireOutput: false });
    const session = await openLiveSession(
      project,
      {},
      { env: { OPENAI_BASE_URL: 'http://stub.invalid/v1' }, fetch: fetchStub, now: () => new Date() },
    );
    const phases: { label: string; total: number | undefined }[] = [];
    try {
      await diagnoseLive(project, session, {
        now: () => new Date('2026-03-01T00:00:00Z'),
        version: 'test',
        progress: {
          start: (label, total) => phases.push({ label, total }),
          update() {},
          finish() {},
        },
      });
    } finally {
      session.close();
    }
    const experiments = phases.find((phase) => phase.label.startsWith('experiments'))!;
    // Two oracle arms over the 20 items with gold text, at most.
    expect(experiments).toMatchObject({ label: 'experiments (oracle_context)', total: 40 });
    expect(phases[0]).toMatchObject({ label: 'baseline openai:test-model', total: 20 });
  });

  it('returns the eval cases with the baseline’s outputs, in case order', async () => {
    const dir = writeWarehouseProject({ items: 6, live: { experiments: ['oracle_context'] } });
    folders.push(dir);
    const project = await prepareProject(dir, { requireOutput: false });
    const session = await openLiveSession(
      project,
      {},
      { env: { OPENAI_BASE_URL: 'http://stub.invalid/v1' }, fetch: fetchStub, now: () => new Date() },
    );
    try {
      const { report, baselineCases } = await diagnoseLive(project, session, {
        now: () => new Date('2026-03-01T00:00:00Z'),
        version: 'test',
        progress: { start() {}, update() {}, finish() {} },
      });
      expect(report.live?.baselineItems).toBe(6);
      expect(baselineCases.map((evalCase) => evalCase.id)).toEqual(['W1', 'W2', 'W3', 'W4', 'W5', 'W6']);
      for (const [index, evalCase] of baselineCases.entries()) {
        const original = project.cases[index]!.evalCase;
        expect(evalCase).toMatchObject({ input: original.input, reference: original.reference });
        // The answer the model gave to the baseline prompt, not an experiment arm's.
        expect(evalCase.output).toBe(answerTo(taskRequest(session, original).prompt));
      }
      // The project's own cases are left without outputs.
      expect(project.cases.every((entry) => entry.evalCase.output === undefined)).toBe(true);
    } finally {
      session.close();
    }
  });
});
