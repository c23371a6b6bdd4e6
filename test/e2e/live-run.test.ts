import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ModelTestServer } from '../helpers/model-test-server.js';
import { runCliAsync, startCli } from '../helpers/run-cli-async.js';
import { storedCalls } from '../helpers/stored-calls.js';
import { writeWarehouseProject } from '../helpers/warehouse-project.js';

const plantedKey = 'sk-PLANTED-never-in-artefacts-7f3a9c';

/** Every file under a folder, recursively. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

async function waitFor(condition: () => boolean, timeoutMs = 20_000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('fixfirst run (live, against a test server on 127.0.0.1)', () => {
  let server: ModelTestServer;
  const folders: string[] = [];
  const env = () => ({ OPENAI_BASE_URL: server.openaiBaseUrl, OPENAI_API_KEY: plantedKey });
  beforeAll(async () => {
    server = await ModelTestServer.start({ latencyMs: 2 });
  });
  afterAll(async () => {
    await server.close();
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  });
  const project = (options: Parameters<typeof writeWarehouseProject>[0]) => {
    const dir = writeWarehouseProject(options);
    folders.push(dir);
    return dir;
  };

  it('records every output, makes zero calls on a rerun, and diagnose reads the recorded outputs', async () => {
    const dir = project({ items: 30 });
    const before = server.requests.length;
    const first = await runCliAsync(['run', dir], { env: env() });
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain('30 calls made, 0 from the cache');
    expect(server.requests.length - before).toBe(30);
    const second = await runCliAsync(['run', dir], { env: env() });
    expect(second.stdout).toContain('0 calls made, 30 from the cache');
    expect(server.requests.length - before).toBe(30);
    // diagnose needs no key to read recorded outputs, and never mixes sources.
    const diagnosed = await runCliAsync(['diagnose', dir, '--json'], {
      env: { OPENAI_BASE_URL: server.openaiBaseUrl },
    });
    expect(diagnosed.code, diagnosed.stderr).toBe(0);
    const report = JSON.parse(diagnosed.stdout);
    expect(report.project.outputs).toMatchObject({ source: 'run', model: 'openai:test-model' });
    expect(report.summary.items).toBe(30);
    // report.html carries the run's outputs next to the inputs and references, as offline.
    const out = join(dir, 'out');
    const written = await runCliAsync(['diagnose', dir, '--out', out, '--quiet'], {
      env: { OPENAI_BASE_URL: server.openaiBaseUrl },
    });
    expect(written.code, written.stderr).toBe(0);
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    const texts = JSON.parse(
      /<script type="application\/json" id="fixfirst-texts">(.*?)<\/script>/s.exec(html)![1]!,
    ) as [string, string, string, number][];
    expect(texts).toHaveLength(30);
    expect(
      texts.every(([input, output, reference]) => input !== '' && output !== '' && reference !== ''),
    ).toBe(true);
    // The scripted model's answers (a JSON object, fenced or bare), not the eval file's (it has none).
    expect(texts.every(([, output]) => /\{"answer":"[A-Za-z]+"\}/.test(output))).toBe(true);
    const fromEval = await runCliAsync(['diagnose', dir, '--outputs', 'eval'], { env: env() });
    expect(fromEval.code).toBe(3);
    expect(fromEval.stderr).toMatch(/eval\.jsonl:1: field "output"/);
  });

  it("prints a next step that reaches the run's model and endpoint; diagnose finds the outputs without the variable", async () => {
    const dir = project({ items: 20 });
    const run = await runCliAsync(['run', dir, '--model', 'openai:other-model'], { env: env() });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(
      `next: OPENAI_BASE_URL=${server.openaiBaseUrl} fixfirst diagnose ${dir} --model openai:other-model   (reads these outputs`,
    );
    expect(run.stdout).toContain('20 new output(s) saved in');
    // Neither the variable nor --model: fixfirst.yaml names openai:test-model at api.openai.com.
    const diagnosed = await runCliAsync(['diagnose', dir, '--json'], {
      env: { OPENAI_BASE_URL: '', OPENAI_API_KEY: '' },
    });
    expect(diagnosed.code, diagnosed.stderr).toBe(0);
    expect(JSON.parse(diagnosed.stdout).project.outputs).toMatchObject({
      source: 'run',
      model: 'openai:other-model',
      endpoint: server.openaiBaseUrl,
      note: expect.stringContaining('none recorded for openai:test-model at https://api.openai.com/v1'),
    });
    const terminal = await runCliAsync(['diagnose', dir], { env: { OPENAI_BASE_URL: '' } });
    expect(terminal.stdout).toContain(
      `outputs from fixfirst run (openai:other-model at ${server.openaiBaseUrl})`,
    );
    // The printed next step itself works, as printed.
    const next = await runCliAsync(['diagnose', dir, '--model', 'openai:other-model', '--json'], {
      env: { OPENAI_BASE_URL: server.openaiBaseUrl },
    });
    expect(JSON.parse(next.stdout).project.outputs.note).toBeUndefined();
    const again = await runCliAsync(['run', dir, '--model', 'openai:other-model'], { env: env() });
    expect(again.stdout).toContain('every output was already in');
  });

  it('--dry-run says what the cap means: no price (the real run refuses, and the fix), or below the at-most cost', async () => {
    const before = server.requests.length;
    const dir = project({ items: 12 });
    const unpriced = await runCliAsync(['run', dir, '--dry-run', '--max-cost', '3'], { env: env() });
    expect(unpriced.code, unpriced.stderr).toBe(0);
    expect(unpriced.stdout).toContain(
      'cap: $3 (--max-cost) — the real run will refuse to start: no price is known for openai:test-model, so the cap cannot be enforced; set live.prices',
    );
    const refused = await runCliAsync(['run', dir, '--max-cost', '3'], { env: env() });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('cannot enforce a cost cap: no price is known for openai:test-model');
    const priced = project({
      items: 12,
      live: { prices: { input_usd_per_million_tokens: 1000, output_usd_per_million_tokens: 1000 } },
    });
    const below = await runCliAsync(['run', priced, '--dry-run', '--max-cost', '0.01'], { env: env() });
    expect(below.stdout).toMatch(
      /cap: \$0\.01 \(--max-cost\) — below the at-most cost \$\d+\.\d+: the run stops \(exit 6\) as soon as a call could cross the cap/,
    );
    expect(server.requests.length).toBe(before);
  });

  it('warns once when fixfirst.yaml has no prompt: section', async () => {
    const dir = project({ items: 6, withoutPrompt: true });
    const dry = await runCliAsync(['run', dir, '--dry-run'], { env: env() });
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stderr.match(/has no `prompt:` section/g)).toHaveLength(1);
    const before = server.requests.length;
    const run = await runCliAsync(['run', dir], { env: env() });
    expect(run.stderr.match(/has no `prompt:` section/g)).toHaveLength(1);
    const sent = server.requests.slice(before).map((request) => request.messages);
    expect(sent).toContainEqual([{ role: 'user', content: 'Where is warehouse W6?' }]);
    expect(sent.every((messages) => messages.length === 1)).toBe(true);
    const withPrompt = await runCliAsync(['run', project({ items: 6 }), '--dry-run'], { env: env() });
    expect(withPrompt.stderr).not.toContain('prompt:');
  });

  it('after kill -9 mid-run, a rerun makes only the missing calls', async () => {
    const slow = await ModelTestServer.start({ latencyMs: 40 });
    try {
      const dir = project({ items: 120, live: { concurrency: 4 } });
      const running = startCli(['run', dir], {
        env: { OPENAI_BASE_URL: slow.openaiBaseUrl, OPENAI_API_KEY: 'k' },
      });
      await waitFor(() => slow.answered >= 40);
      running.child.kill('SIGKILL');
      const killed = await running.done;
      expect(killed.signal).toBe('SIGKILL');
      const committed = storedCalls(dir);
      expect(committed).toBeGreaterThanOrEqual(30);
      expect(committed).toBeLessThan(120);
      const firstRequests = slow.requests.length;
      const rerun = await runCliAsync(['run', dir], {
        env: { OPENAI_BASE_URL: slow.openaiBaseUrl, OPENAI_API_KEY: 'k' },
      });
      expect(rerun.code, rerun.stderr).toBe(0);
      expect(slow.requests.length - firstRequests).toBe(120 - committed);
      expect(rerun.stdout).toContain(`${120 - committed} calls made, ${committed} from the cache`);
      expect(storedCalls(dir)).toBe(120);
    } finally {
      await slow.close();
    }
  });

  it('Ctrl-C saves state and exits 130; the rerun makes only the missing calls', async () => {
    const slow = await ModelTestServer.start({ latencyMs: 40 });
    try {
      const dir = project({ items: 80, live: { concurrency: 2 } });
      const serverEnv = { OPENAI_BASE_URL: slow.openaiBaseUrl, OPENAI_API_KEY: 'k' };
      const running = startCli(['run', dir], { env: serverEnv });
      await waitFor(() => slow.answered >= 10);
      running.child.kill('SIGINT');
      const interrupted = await running.done;
      expect(interrupted.code).toBe(130);
      expect(interrupted.stderr).toMatch(/interrupted/);
      const committed = storedCalls(dir);
      expect(committed).toBeGreaterThanOrEqual(10);
      const before = slow.requests.length;
      const rerun = await runCliAsync(['run', dir], { env: serverEnv });
      expect(rerun.code).toBe(0);
      expect(slow.requests.length - before).toBe(80 - committed);
    } finally {
      await slow.close();
    }
  });

  it('never writes the API key into the store, the report or the output — even when the server echoes it', async () => {
    const dir = project({ items: 24, trainExamples: 12, live: { k_shot: [4] } });
    const out = join(dir, 'out');
    const run = await runCliAsync(['run', dir], { env: env() });
    const live = await runCliAsync(['diagnose', dir, '--live', '--out', out], { env: env() });
    expect(live.code, live.stderr).toBe(0);
    const echoing = await ModelTestServer.start({ expectedApiKey: 'another-key' });
    let rejected: Awaited<ReturnType<typeof runCliAsync>>;
    try {
      rejected = await runCliAsync(['run', dir, '--model', 'openai:other-model'], {
        env: { OPENAI_BASE_URL: echoing.openaiBaseUrl, OPENAI_API_KEY: plantedKey },
      });
    } finally {
      await echoing.close();
    }
    expect(rejected.code).toBe(5);
    expect(rejected.stderr).toContain('HTTP 401');
    expect(rejected.stderr).toContain('[redacted]');
    const artefacts = filesUnder(dir).filter((path) => !path.endsWith('.jsonl'));
    expect(artefacts.some((path) => path.endsWith('store.sqlite'))).toBe(true);
    expect(artefacts.some((path) => path.endsWith('report.json'))).toBe(true);
    for (const path of artefacts) expect(readFileSync(path).includes(plantedKey), path).toBe(false);
    for (const text of [run.stdout, run.stderr, live.stdout, live.stderr, rejected.stdout, rejected.stderr]) {
      expect(text).not.toContain(plantedKey);
    }
    // The key did reach the server, in the header only.
    expect(server.requests.some((request) => request.headers.authorization === `Bearer ${plantedKey}`)).toBe(
      true,
    );
  });

  it('redacts the key from successful answers that echo it, before they are stored or reported', async () => {
    const echoing = await ModelTestServer.start({
      behaviour: (_messages, request) => `your key is ${String(request.headers.authorization)}`,
    });
    try {
      const dir = project({ items: 20 });
      const out = join(dir, 'out');
      const serverEnv = { OPENAI_BASE_URL: echoing.openaiBaseUrl, OPENAI_API_KEY: plantedKey };
      const run = await runCliAsync(['run', dir], { env: serverEnv });
      expect(run.code, run.stderr).toBe(0);
      const diagnosed = await runCliAsync(['diagnose', dir, '--out', out], { env: serverEnv });
      expect(diagnosed.code, diagnosed.stderr).toBe(0);
      const store = join(dir, '.fixfirst', 'store.sqlite');
      for (const path of [store, ...['json', 'md', 'html'].map((ext) => join(out, `report.${ext}`))]) {
        expect(readFileSync(path).includes(plantedKey), path).toBe(false);
      }
      for (const text of [run.stdout, run.stderr, diagnosed.stdout, diagnosed.stderr]) {
        expect(text).not.toContain(plantedKey);
      }
      // The answers were stored, with the key replaced.
      const database = new Database(store, { readonly: true });
      try {
        const texts = database.prepare('SELECT text FROM calls').all() as { text: string }[];
        expect(texts).toHaveLength(20);
        expect(texts.every((row) => row.text === 'your key is Bearer [redacted]')).toBe(true);
      } finally {
        database.close();
      }
      expect(readFileSync(join(out, 'report.html'), 'utf8')).toContain('your key is Bearer [redacted]');
      expect(
        echoing.requests.every((request) => request.headers.authorization === `Bearer ${plantedKey}`),
      ).toBe(true);
    } finally {
      await echoing.close();
    }
  });

  it('--help wraps its description to the width, with no hard line breaks mid-sentence', async () => {
    const help = await runCliAsync(['run', '--help']);
    expect(help.code).toBe(0);
    const description = help.stdout.split('\n\nArguments:')[0]!.split('\n').slice(2);
    // Every line of a paragraph but its last is filled close to the 80-column width.
    const paragraphs = description.join('\n').split('\n\n');
    for (const paragraph of paragraphs) {
      const lines = paragraph.split('\n');
      for (const line of lines.slice(0, -1)) expect(line.length, line).toBeGreaterThan(65);
    }
    expect(paragraphs).toHaveLength(2);
  });

  it('calls the Anthropic messages API with anthropic:', async () => {
    const dir = project({ items: 12, model: 'anthropic:claude-test' });
    const before = server.requests.length;
    const result = await runCliAsync(['run', dir], {
      env: { ANTHROPIC_BASE_URL: server.url, ANTHROPIC_API_KEY: 'ak' },
    });
    expect(result.code, result.stderr).toBe(0);
    const requests = server.requests.slice(before);
    expect(requests).toHaveLength(12);
    expect(
      requests.every((request) => request.path === '/v1/messages' && request.headers['x-api-key'] === 'ak'),
    ).toBe(true);
  });

  it('retries injected faults and reports them', async () => {
    // Concurrency 5 spreads the five faults over five calls, so each is retried once. The timeout is
    // long enough that a loaded machine does not time out ordinary answers.
    const dir = project({ items: 10, live: { concurrency: 5, timeout_seconds: 2 } });
    server.injectFaults(
      { kind: '429', retryAfterMs: 50 },
      { kind: '500' },
      { kind: 'reset' },
      { kind: 'malformed' },
      { kind: 'timeout' },
    );
    const result = await runCliAsync(['run', dir], { env: env() });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('10 calls made');
    for (const reason of ['http 429', 'http 500', 'connection', 'malformed-response', 'timeout']) {
      expect(result.stdout).toContain(`× ${reason}`);
    }
  });

  it('exits 5 on a final provider error and on a missing key, 2 on a bad flag, 4 on a bad live: section', async () => {
    const dir = project({ items: 6, live: { max_retries: 0 } });
    server.injectFaults({ kind: '400' });
    const failed = await runCliAsync(['run', dir, '--concurrency', '1'], { env: env() });
    expect(failed.code).toBe(5);
    expect(failed.stderr).toMatch(/HTTP 400/);
    const noKey = await runCliAsync(['run', dir, '--model', 'openai:gpt-4o-mini'], {
      env: { OPENAI_BASE_URL: '', OPENAI_API_KEY: '' },
    });
    expect(noKey.code).toBe(5);
    expect(noKey.stderr).toMatch(/OPENAI_API_KEY is not set/);
    const badFlag = await runCliAsync(['run', dir, '--concurrency', 'lots'], { env: env() });
    expect(badFlag.code).toBe(2);
    const badConfig = project({ items: 6, live: { concurrency: 0 } });
    const invalid = await runCliAsync(['run', badConfig], { env: env() });
    expect(invalid.code).toBe(4);
    expect(invalid.stderr).toMatch(/fixfirst\.yaml:\d+: field "live\.concurrency"/);
    const typo = await runCliAsync(['run', dir, '--model', 'opnai:x'], { env: env() });
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('Did you mean "openai"');
  });
});
