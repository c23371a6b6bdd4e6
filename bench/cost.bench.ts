/**
 * Q3's costs on the hot path: loading the o200k_base tokenizer (paid once per process, and only
 * when Q3 must count tokens), counting a training set (exact to 20,000 rows, sampled beyond),
 * the pure cost model, and the end-to-end commands (`fixfirst cost`, `fixfirst diagnose` with and
 * without an `economics:` block) in fresh processes. CPU time is printed next to wall time because
 * the machine is shared. Usage: npm run bench -- cost
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assessEconomics } from '../src/cost/assess-economics.js';
import { defaultPriceCatalog } from '../src/cost/default-price-catalog.js';
import { findModel } from '../src/cost/find-model.js';
import { countTrainingTokens } from '../src/cost/training-tokens.js';
import { loadTokenCounter } from '../src/tokenizer/load-token-counter.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'dist/cli/bin.js');

function timed<T>(run: () => T): { result: T; wallMs: number; cpuMs: number } {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const result = run();
  const wallMs = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { result, wallMs, cpuMs: (used.user + used.system) / 1000 };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Wall and CPU seconds of a fresh process, median of `runs` (CPU from GNU time when present). */
function processTime(args: string[], runs = 5): { wall: number; cpu: number | undefined } {
  const gnuTime = existsSync('/usr/bin/time');
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    const result = gnuTime
      ? spawnSync('/usr/bin/time', ['-f', '%U %S', process.execPath, cli, ...args], { encoding: 'utf8' })
      : spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
    walls.push((performance.now() - start) / 1000);
    if (gnuTime) {
      const [user, system] = result.stderr.trim().split('\n').at(-1)!.split(' ').map(Number);
      cpus.push(user! + system!);
    }
  }
  return { wall: median(walls), cpu: gnuTime ? median(cpus) : undefined };
}

const loaded = await (async () => {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const counter = await loadTokenCounter();
  const used = process.cpuUsage(cpu);
  console.log(
    `tokenizer load (o200k_base): ${(performance.now() - start).toFixed(0)} ms wall, ${((used.user + used.system) / 1000).toFixed(0)} ms CPU`,
  );
  return counter;
})();

for (const rows of [20_000, 100_000]) {
  const records = Array.from({ length: rows }, (_, index) => ({
    messages: [
      { role: 'system', content: 'Classify the support ticket and draft a short reply.' },
      {
        role: 'user',
        content: `Ticket ${index}: my order ${1000 + index} arrived damaged and I want a refund, please.`,
      },
      {
        role: 'assistant',
        content: `{"category":"refund","priority":"high","reply":"Sorry about order ${1000 + index}."}`,
      },
    ],
  }));
  const run = timed(() => countTrainingTokens(records, loaded.count, { encoding: loaded.encoding }));
  console.log(
    `count training tokens, ${rows.toLocaleString('en-US')} chat rows: ${run.wallMs.toFixed(0)} ms wall, ${run.cpuMs.toFixed(0)} ms CPU (${run.result.sampled.toLocaleString('en-US')} rows tokenized; ${run.result.tokens.toLocaleString('en-US')} tokens)`,
  );
}

{
  const catalog = defaultPriceCatalog();
  const where = { code: 'USAGE' as const, location: {}, pricesHint: '' };
  const model = findModel(catalog, 'openai:gpt-4.1-mini', where);
  const inputs = {
    catalog,
    pricesFile: 'prices.json',
    today: '2026-11-30',
    baseModel: findModel(catalog, 'openai:gpt-4.1', where),
    fineTuneModel: model,
    migrationModel: undefined,
    requestsPerMonth: 300_000,
    valuePerPointPerMonth: 800,
    horizonMonths: 12,
    prompt: {
      systemTokens: 500,
      fewShotTokens: 2000,
      userTokens: 500,
      outputTokens: 200,
      fineTunedSystemTokens: 500,
      cachedShare: undefined,
      fixExtraTokens: 0,
    },
    training: {
      tokensPerEpoch: 700_000,
      tokensSource: 'bench',
      examples: 1000,
      epochs: 'auto' as const,
      iterations: 3,
      hoursPerRun: undefined,
      validationTokens: 0,
    },
    trainingMissing: '',
    evalPlan: { items: 300, runsPerIteration: 1, runsPerFix: 3 },
    labour: {
      hourlyRate: 100,
      labellingHourlyRate: 30,
      minutesPerExample: 3,
      qaRework: 0,
      examplesToLabel: 100,
      examplesToLabelSource: 'bench',
      hours: { fix_prompt: 8, fix_foundation: 40, fix_data: 16, fine_tune: 40 },
    },
    lifts: {
      fineTune: { value: 0.05, low: 0.03, high: 0.07, kind: 'bound' as const, source: 'bench' },
      fixPrompt: undefined,
      fixFoundation: undefined,
    },
    data: 'ready' as const,
    hostingPerMonth: undefined,
    gpuPricePerHour: undefined,
    missingPrice: () => {
      throw new Error('unexpected');
    },
    onMissingPrice: 'throw' as const,
    keyName: (key: string) => key,
    assumptions: [],
    notes: [],
  };
  const calls = 10_000;
  const run = timed(() => {
    for (let index = 0; index < calls; index++) assessEconomics(inputs);
  });
  console.log(
    `assessEconomics (pure cost model): ${((run.wallMs * 1000) / calls).toFixed(1)} µs per call over ${calls.toLocaleString('en-US')} calls`,
  );
}

const format = (time: { wall: number; cpu: number | undefined }) =>
  `${time.wall.toFixed(2)} s wall${time.cpu === undefined ? '' : `, ${time.cpu.toFixed(2)} s CPU`}`;
console.log(
  `fixfirst cost (worked example, fresh process, median of 5): ${format(processTime(['cost', '--model', 'openai:gpt-4.1-mini', '--training-tokens', '700000', '--few-shot-tokens', '2000', '--user-tokens', '500', '--output-tokens', '200', '--requests-per-month', '300000']))}`,
);
const fixture = join(root, 'test/fixtures/cost-project');
const dir = mkdtempSync(join(tmpdir(), 'fixfirst-bench-cost-'));
for (const name of ['eval.jsonl', 'train.jsonl', 'system.md'])
  writeFileSync(join(dir, name), readFileSync(join(fixture, name)));
writeFileSync(
  join(dir, 'fixfirst.yaml'),
  readFileSync(join(fixture, 'fixfirst.yaml'), 'utf8').replace(/^economics:[\s\S]*$/m, ''),
);
console.log(
  `fixfirst diagnose, cost fixture without economics: (median of 5): ${format(processTime(['diagnose', dir, '--quiet']))}`,
);
console.log(
  `fixfirst diagnose, cost fixture with economics:    (median of 5): ${format(processTime(['diagnose', fixture, '--quiet']))}`,
);
rmSync(dir, { recursive: true, force: true });
