import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportSchema } from '../../src/core/report/report.js';
import { ModelTestServer, warehouseBehaviour } from '../helpers/model-test-server.js';
import { runCliAsync } from '../helpers/run-cli-async.js';
import { storedCost } from '../helpers/stored-calls.js';
import { writeWarehouseProject } from '../helpers/warehouse-project.js';

const prices = { input_usd_per_million_tokens: 1000, output_usd_per_million_tokens: 1000 };

describe('fixfirst diagnose --live (against a test server on 127.0.0.1)', () => {
  let server: ModelTestServer;
  const folders: string[] = [];
  const env = () => ({ OPENAI_BASE_URL: server.openaiBaseUrl, OPENAI_API_KEY: 'sk-test' });
  beforeAll(async () => {
    server = await ModelTestServer.start({ latencyMs: 1 });
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

  it('--dry-run prints calls, tokens, dollars, time and the minimum detectable lift, and calls nothing', async () => {
    const dir = project({ items: 40, trainExamples: 20, live: { prices, k_shot: [4, 16] } });
    const before = server.requests.length;
    const result = await runCliAsync(['diagnose', dir, '--live', '--dry-run', '--max-cost', '20'], {
      env: env(),
    });
    expect(result.code, result.stderr).toBe(0);
    expect(server.requests.length).toBe(before);
    expect(result.stdout).toMatch(/baseline\s+40 calls/);
    expect(result.stdout).toMatch(/oracle: gold only\s+40 calls/);
    expect(result.stdout).toMatch(/k-shot: 16 nearest\s+40 calls/);
    expect(result.stdout).toMatch(
      /dollars: at most \$\d+\.\d+ \(prices: \$1000\/M in, \$1000\/M out — live\.prices in fixfirst\.yaml\)/,
    );
    expect(result.stdout).toMatch(/time: about/);
    expect(result.stdout).toMatch(/cap: \$20/);
    expect(result.stdout).toMatch(/prompt_repair\s+40 items, 2 comparison\(s\) at α\/2: ≈ \d+\.\d pts/);
    expect(result.stdout).toMatch(/k_shot\s+40 items, 4 comparison\(s\)/);
    const noPrice = await runCliAsync(
      ['diagnose', project({ items: 20 }), '--live', '--dry-run', '--max-cost', '1'],
      { env: env() },
    );
    expect(noPrice.code, noPrice.stderr).toBe(0);
    expect(noPrice.stdout).toMatch(
      /cap: \$1 \(--max-cost\) — the real run will refuse to start: no price is known for openai:test-model, so the cap cannot be enforced; set live\.prices/,
    );
    const real = await runCliAsync(['diagnose', project({ items: 20 }), '--live', '--max-cost', '1'], {
      env: env(),
    });
    expect(real.code).toBe(2);
    expect(real.stderr).toMatch(/cannot enforce a cost cap: no price is known/);
  });

  it('measures prompt repair, oracle context and the k-shot ladder, and the verdict prefers the measured lift', async () => {
    const dir = project({ items: 60, trainExamples: 30, live: { k_shot: [4] } });
    const out = join(dir, 'out');
    const result = await runCliAsync(['diagnose', dir, '--live', '--out', out], { env: env() });
    expect(result.code, result.stderr).toBe(0);
    const report = reportSchema.parse(JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')));
    expect(report.project.mode).toBe('live');
    expect(report.verdict.decision).toBe('FIX_PROMPT');
    expect(report.verdict.actions[0]!.expectedLift!.kind).toBe('measured');
    const repair = report.questions.surface.measuredRepairLift!;
    expect(repair.low).toBeGreaterThan(0);
    const experiments = Object.fromEntries(
      report.live!.experiments.map((entry) => [entry.experiment, entry]),
    );
    expect(experiments.prompt_repair!.comparisons.map((comparison) => comparison.id)).toEqual([
      'repair-deterministic',
      'repair-rewrite',
    ]);
    const goldOnly = experiments.oracle_context!.comparisons.find(
      (comparison) => comparison.id === 'oracle-gold-only',
    )!;
    // The scripted model answers right whenever the gold passage is in the prompt.
    expect(goldOnly.candidateAccuracy.value).toBeGreaterThan(goldOnly.baselineAccuracy.value);
    expect(experiments.k_shot!.comparisons).toHaveLength(2);
    expect(result.stdout).toContain('Live experiments');
    expect(readFileSync(join(out, 'report.md'), 'utf8')).toContain('### Live experiments');
    // A rerun is served from the cache and reaches the same verdict.
    const before = server.requests.length;
    const again = await runCliAsync(['diagnose', dir, '--live', '--json', '--quiet'], { env: env() });
    expect(server.requests.length).toBe(before);
    const rerun = JSON.parse(again.stdout);
    expect(rerun.live.spend.calls).toBe(0);
    expect(rerun.verdict.decision).toBe(report.verdict.decision);
  });

  it('report.html shows each item with its input, the baseline output, the reference and the failed checks, escaped', async () => {
    // Model text that would run script if it were put in the page as HTML.
    const payload = '</script><script>alert(1)</script><img src=x onerror=alert(2)>';
    const planting = await ModelTestServer.start({
      latencyMs: 1,
      behaviour: (messages, request) =>
        /warehouse W3\?/.test(messages.at(-1)?.content ?? '')
          ? payload
          : warehouseBehaviour(messages, request),
    });
    try {
      const dir = project({ items: 12, live: { experiments: [] } });
      const out = join(dir, 'out');
      const result = await runCliAsync(['diagnose', dir, '--live', '--out', out, '--quiet'], {
        env: { OPENAI_BASE_URL: planting.openaiBaseUrl, OPENAI_API_KEY: 'sk-test' },
      });
      expect(result.code, result.stderr).toBe(0);
      const html = readFileSync(join(out, 'report.html'), 'utf8');
      const block = (id: string) =>
        JSON.parse(
          new RegExp(`<script type="application/json" id="${id}">(.*?)</script>`, 's').exec(html)![1]!,
        );
      const items = block('fixfirst-items') as {
        texts: boolean;
        checks: { id: string }[];
        items: unknown[][];
      };
      const texts = block('fixfirst-texts') as [string, string, string, number][];
      expect(items.texts).toBe(true);
      expect(texts).toHaveLength(12);
      const row = (id: string) => items.items.findIndex((item) => item[0] === id);
      // The same detail as an offline report: input, output, reference side by side, failed checks named.
      const fenced = texts[row('W4')]!;
      expect(fenced[0]).toContain('Where is warehouse W4?');
      expect(fenced[1]).toMatch(/^```json\n\{"answer":"[A-Za-z]+"\}\n```$/);
      expect(JSON.parse(fenced[2])).toHaveProperty('answer');
      const failed = items.items[row('W4')]![7] as [number, number, string][];
      expect(failed.length).toBeGreaterThan(0);
      expect(failed.map(([check]) => items.checks[check]!.id).join(' ')).toMatch(/json|fence|format/i);
      // The planted payload is in the data, but never as markup.
      expect(texts[row('W3')]![1]).toBe(payload);
      expect(html).not.toContain('<script>alert');
      expect(html).not.toContain('<img src=x');
      expect(html).not.toContain('live mode: the inputs, outputs and references');
    } finally {
      await planting.close();
    }
  });

  it('judges oracle context on lenient correctness, so a surface failure shared by both arms cannot mask the retrieval effect', async () => {
    // Right only when the gold passage is in the prompt, and every answer fenced whatever the prompt says.
    const fencing = await ModelTestServer.start({
      behaviour: (messages, request) => {
        const text = warehouseBehaviour(messages, request);
        return text.startsWith('{') ? `\`\`\`json\n${text}\n\`\`\`` : text;
      },
    });
    try {
      const dir = project({ items: 40, live: { experiments: ['prompt_repair', 'oracle_context'] } });
      const out = join(dir, 'out');
      const result = await runCliAsync(['diagnose', dir, '--live', '--out', out], {
        env: { OPENAI_BASE_URL: fencing.openaiBaseUrl, OPENAI_API_KEY: 'k' },
      });
      expect(result.code, result.stderr).toBe(0);
      const report = reportSchema.parse(JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')));
      const experiments = Object.fromEntries(
        report.live!.experiments.map((entry) => [entry.experiment, entry]),
      );
      expect(experiments.oracle_context!.outcome).toBe('lenient_correct');
      expect(experiments.prompt_repair!.outcome).toBe('strict_pass');
      const goldOnly = experiments.oracle_context!.comparisons.find(
        (comparison) => comparison.id === 'oracle-gold-only',
      )!;
      // Odd items see their gold passage already: about half right in content, all with gold passages
      // (it stops early, so the baseline share is that of the items it used).
      expect(goldOnly.baselineAccuracy.value).toBeGreaterThan(0.2);
      expect(goldOnly.baselineAccuracy.value).toBeLessThan(0.8);
      expect(goldOnly.candidateAccuracy.value).toBe(1);
      expect(goldOnly.stop).toBe('lift');
      // The repair is still judged on strict pass: fenced answers never pass, before or after.
      const repair = experiments.prompt_repair!.comparisons[0]!;
      expect(repair.baselineAccuracy.value).toBe(0);
      // The action plan's retrieval fix carries the measured content lift, not +0.0.
      const fixFoundation = report.verdict.actions.find((action) => action.kind === 'fix_foundation')!;
      expect(fixFoundation.expectedLift).toMatchObject({ kind: 'measured' });
      expect(fixFoundation.expectedLift!.value).toBeGreaterThan(0.3);
      expect(fixFoundation.why).toContain('judged on lenient correctness');
      expect(result.stdout).toContain('judged on lenient correctness (right in content; form ignored)');
      expect(result.stdout).toContain('judged on strict pass (correct and contract met)');
      expect(readFileSync(join(out, 'report.html'), 'utf8')).toContain(
        'Judged on <strong>lenient correctness</strong>',
      );
    } finally {
      await fencing.close();
    }
  });

  it('stops a comparison early once its anytime-valid interval is conclusive', async () => {
    const dir = project({
      items: 240,
      live: { experiments: ['prompt_repair'], batch_size: 20, concurrency: 16 },
    });
    const result = await runCliAsync(['diagnose', dir, '--live', '--json', '--quiet'], { env: env() });
    expect(result.code, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout);
    const deterministic = report.live.experiments[0].comparisons.find(
      (comparison: { id: string }) => comparison.id === 'repair-deterministic',
    );
    expect(deterministic.stop).toBe('lift');
    expect(deterministic.items).toBeLessThan(deterministic.itemsAvailable);
    expect(deterministic.calls).toBe(deterministic.items);
  });

  it('never crosses --max-cost: run exits 6; diagnose --live writes the report of what was measured and exits 6', async () => {
    const runDir = project({ items: 40, live: { prices } });
    const run = await runCliAsync(['run', runDir, '--max-cost', '1'], { env: env() });
    expect(run.code).toBe(6);
    expect(run.stderr).toMatch(/would cross the --max-cost cap of \$1\.00/);
    expect(storedCost(runDir)).toBeLessThanOrEqual(1);
    expect(storedCost(runDir)).toBeGreaterThan(0);

    const dir = project({ items: 30, live: { prices, experiments: ['prompt_repair', 'oracle_context'] } });
    const out = join(dir, 'out');
    const capped = await runCliAsync(['diagnose', dir, '--live', '--max-cost', '8', '--out', out], {
      env: env(),
    });
    expect(capped.code, capped.stderr).toBe(6);
    expect(capped.stderr).toMatch(/cap stopped some experiments/);
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
    expect(report.live.stoppedByBudget).toBe(true);
    expect(report.live.spend.costUsd).toBeLessThanOrEqual(8);
    expect(storedCost(dir)).toBeLessThanOrEqual(8);
  });

  it('reports an experiment it cannot run, with the reason', async () => {
    const dir = project({ items: 24, live: { experiments: ['k_shot'] } });
    const result = await runCliAsync(['diagnose', dir, '--live', '--json', '--quiet'], { env: env() });
    expect(result.code, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.live.experiments).toEqual([
      expect.objectContaining({
        experiment: 'k_shot',
        status: 'not_run',
        reason: expect.stringMatching(/no training set/),
      }),
    ]);
  });
});
