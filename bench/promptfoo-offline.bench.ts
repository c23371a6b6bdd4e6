/**
 * Side by side with promptfoo 0.121.20 on the same recorded outputs, offline (no model):
 * fixfirst diagnose vs promptfoo eval with equivalent deterministic assertions (json schema,
 * word limit, forbidden phrases, no code fences, category + priority equal to the reference).
 * Needs promptfoo installed outside the repo: PROMPTFOO_BIN (default /work/pf/node_modules/.bin/promptfoo),
 * e.g. `mkdir /work/pf && cd /work/pf && npm init -y && npm i promptfoo@0.121.20`.
 *   npm run bench -- promptfoo-offline      (FIXFIRST_BENCH_SIZES=200,2000)
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import { writeBenchmarkProject } from './generate-eval.js';
import { loadAverage, measure } from './measure.js';

const cli = fileURLToPath(new URL('../dist/cli/bin.js', import.meta.url));
const promptfoo = process.env.PROMPTFOO_BIN ?? '/work/pf/node_modules/.bin/promptfoo';
if (!existsSync(promptfoo)) {
  console.log(
    `promptfoo not found at ${promptfoo}; set PROMPTFOO_BIN (see the header of this file). Skipped.`,
  );
  process.exit(0);
}
const sizes = (process.env.FIXFIRST_BENCH_SIZES ?? '200,2000').split(',').map(Number);
const promptfooEnv = {
  PROMPTFOO_DISABLE_TELEMETRY: '1',
  PROMPTFOO_DISABLE_UPDATE: '1',
  PROMPTFOO_DISABLE_SHARING: '1',
  PROMPTFOO_DISABLE_REMOTE_GENERATION: '1',
  PROMPTFOO_DISABLE_REDTEAM_REMOTE_GENERATION: '1',
  PROMPTFOO_CACHE_ENABLED: 'false',
};

interface Row {
  id: string;
  input: string;
  reference: { category: string; priority: string };
  output: string;
}

console.log(`load average ${loadAverage()} (2 cores; figures under load are inflated)`);
for (const items of sizes) {
  const dir = mkdtempSync(join(tmpdir(), 'fixfirst-bench-pf-'));
  try {
    writeBenchmarkProject({ dir, items });
    const rows = readFileSync(join(dir, 'data/eval.jsonl'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Row);
    const schema = JSON.parse(readFileSync(join(dir, 'schema.json'), 'utf8'));
    const tests = rows.map((row) => ({
      description: row.id,
      vars: { ticket: row.input },
      providerOutput: row.output,
      assert: [
        { type: 'is-json', value: schema },
        {
          type: 'javascript',
          value: 'output.match(/\\w+/g) === null || output.match(/\\w+/g).length <= 120',
        },
        { type: 'not-icontains', value: 'As an AI' },
        { type: 'not-icontains', value: 'I cannot help' },
        { type: 'not-contains', value: '```' },
        {
          type: 'javascript',
          value: `(() => { try { const o = JSON.parse(output); return o.category === ${JSON.stringify(row.reference.category)} && o.priority === ${JSON.stringify(row.reference.priority)}; } catch { return false; } })()`,
        },
      ],
    }));
    const pfDir = join(dir, 'promptfoo');
    mkdirSync(join(pfDir, 'home'), { recursive: true });
    writeFileSync(join(pfDir, 'tests.yaml'), stringify(tests));
    writeFileSync(
      join(pfDir, 'promptfooconfig.yaml'),
      stringify({
        description: 'recorded outputs',
        prompts: ['Ticket: {{ticket}}'],
        providers: ['echo'],
        tests: 'file://tests.yaml',
        evaluateOptions: { maxConcurrency: 16, cache: false },
        sharing: false,
      }),
    );
    const ours = measure(process.execPath, [cli, 'diagnose', dir, '--quiet', '--out', join(dir, 'out')]);
    if (ours.code !== 0) throw new Error(ours.stderr);
    const theirs = measure(
      promptfoo,
      [
        'eval',
        '-c',
        'promptfooconfig.yaml',
        '--no-cache',
        '-j',
        '16',
        '--no-table',
        '--no-progress-bar',
        '--no-share',
        '-o',
        'results.json',
      ],
      { cwd: pfDir, env: { ...promptfooEnv, PROMPTFOO_CONFIG_DIR: join(pfDir, 'home') } },
    );
    const results = existsSync(join(pfDir, 'results.json'))
      ? JSON.parse(readFileSync(join(pfDir, 'results.json'), 'utf8'))
      : undefined;
    const stats = results?.results?.stats;
    const report = JSON.parse(readFileSync(join(dir, 'out/report.json'), 'utf8'));
    const agreement = `fixfirst strict passes ${report.summary.classes.pass}, promptfoo passes ${stats?.successes ?? '?'}`;
    console.log(
      `${items} items: fixfirst ${ours.wallSeconds.toFixed(2)} s wall / ${ours.cpuSeconds.toFixed(2)} s CPU / ${ours.peakMegabytes.toFixed(0)} MB` +
        ` · promptfoo ${theirs.wallSeconds.toFixed(2)} s wall / ${theirs.cpuSeconds.toFixed(2)} s CPU / ${theirs.peakMegabytes.toFixed(0)} MB` +
        ` (exit ${theirs.code}, ${stats ? `${stats.successes} passed, ${stats.failures} failed` : 'no results'})` +
        ` · ratio ${(theirs.wallSeconds / ours.wallSeconds).toFixed(1)}× wall, ${(theirs.cpuSeconds / ours.cpuSeconds).toFixed(1)}× CPU` +
        ` · ${agreement}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
console.log(`load average after: ${loadAverage()}`);
