/**
 * Benchmark of `fixfirst audit` on generated chat JSONL: 100k and 1M rows (and the exact-token
 * variant), run through the real compiled CLI. Reports wall time, throughput and peak RSS.
 * Targets (issue 4): 1M rows, near duplicates included, under 60 s and 2 GB on 2 cores, cost
 * growing linearly. Usage: npm run bench -- audit      (BENCH_ROWS=100000,1000000 to choose sizes)
 */
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { mulberry32 } from '../src/stats/random.js';
import { cliPath } from '../test/helpers/run-cli.js';
import { cleanChatRows, evalItems } from '../test/helpers/training-data.js';

const sizes = (process.env.BENCH_ROWS ?? '100000,1000000').split(',').map(Number);
const folder = mkdtempSync(join(tmpdir(), 'fixfirst-audit-bench-'));

/** Writes `count` chat rows, 0.5% exact copies and 0.5% one-word near copies of earlier rows, in 10k batches. */
function generate(path: string, count: number): void {
  const random = mulberry32(count);
  const descriptor = openSync(path, 'w');
  const recent: string[] = [];
  for (let start = 0; start < count; start += 10_000) {
    const batch = cleanChatRows(Math.min(10_000, count - start), start + 1);
    const lines: string[] = [];
    for (const row of batch) {
      const draw = random();
      let line = JSON.stringify(row);
      if (draw < 0.005 && recent.length > 0) line = recent[Math.floor(random() * recent.length)]!;
      else if (draw < 0.01 && recent.length > 0) {
        line = recent[Math.floor(random() * recent.length)]!.replace('"Order ', '"Purchase ');
      }
      lines.push(line);
      if (recent.length < 5000) recent.push(line);
      else recent[Math.floor(random() * recent.length)] = line;
    }
    writeSync(descriptor, `${lines.join('\n')}\n`);
  }
  closeSync(descriptor);
}

/** Prints the child's peak RSS to stderr on exit (read back below). */
const rssHook = `data:text/javascript,${encodeURIComponent(
  "import { writeSync } from 'node:fs'; process.on('exit', () => { const u = process.resourceUsage(); writeSync(2, '\\nBENCH_MAX_RSS_KB=' + u.maxRSS + ' BENCH_CPU_US=' + (u.userCPUTime + u.systemCPUTime) + '\\n'); });",
)}`;

interface Measure {
  seconds: number;
  /** CPU seconds of all threads (user + system). */
  cpu: number;
  rssMb: number;
  summary: Record<string, number>;
  counting: string;
  exactRows: number;
  tokens: string;
}

function audit(file: string, evalFile: string, extra: string[] = []): Measure {
  const started = performance.now();
  const run = spawnSync(
    process.execPath,
    ['--import', rssHook, cliPath, 'audit', file, '--eval', evalFile, '--json', '-q', ...extra],
    {
      encoding: 'utf8',
      maxBuffer: 1024 * 1024 * 1024,
    },
  );
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`audit failed (${run.status}): ${run.stderr.slice(0, 2000)}`);
  const rss = Number(/BENCH_MAX_RSS_KB=(\d+)/.exec(run.stderr)?.[1] ?? Number.NaN);
  const cpu = Number(/BENCH_CPU_US=(\d+)/.exec(run.stderr)?.[1] ?? Number.NaN) / 1e6;
  const report = JSON.parse(run.stdout) as {
    summary: Record<string, number>;
    tokens: { counting: string; exactRows: number; total: { value: number; low: number; high: number } };
  };
  const total = report.tokens.total;
  return {
    seconds,
    cpu,
    rssMb: rss / 1024,
    summary: report.summary,
    counting: report.tokens.counting,
    exactRows: report.tokens.exactRows,
    tokens: `${total.value.toLocaleString('en-US')} [${total.low.toLocaleString('en-US')}–${total.high.toLocaleString('en-US')}]`,
  };
}

try {
  const evalFile = join(folder, 'eval.jsonl');
  const evals = evalItems(1000, 4242);
  const descriptor = openSync(evalFile, 'w');
  writeSync(descriptor, `${evals.map((item) => JSON.stringify(item)).join('\n')}\n`);
  closeSync(descriptor);
  console.log(
    `load average before: ${loadavg()
      .map((value) => value.toFixed(2))
      .join(' ')} (2 cores shared)`,
  );
  const results: { rows: number; measure: Measure; exact?: Measure }[] = [];
  for (const rows of sizes) {
    const file = join(folder, `train-${rows}.jsonl`);
    const generating = performance.now();
    generate(file, rows);
    const megabytes = statSync(file).size / (1024 * 1024);
    console.log(
      `\n${rows.toLocaleString('en-US')} rows, ${megabytes.toFixed(0)} MB (generated in ${((performance.now() - generating) / 1000).toFixed(1)} s)`,
    );
    const measure = audit(file, evalFile);
    console.log(
      `  audit (default: 10,000 rows counted exactly, then a 20,000-row sample): ${measure.seconds.toFixed(1)} s wall, ${measure.cpu.toFixed(1)} s CPU (all threads), ${(rows / measure.seconds).toFixed(0)} rows/s, peak RSS ${measure.rssMb.toFixed(0)} MB; tokens ${measure.counting} (${measure.exactRows.toLocaleString('en-US')} rows counted) ${measure.tokens}`,
    );
    console.log(`  findings (rows): ${JSON.stringify(measure.summary)}`);
    let exact: Measure | undefined;
    if (rows <= 100_000 || process.env.BENCH_EXACT === '1') {
      exact = audit(file, evalFile, ['--exact-tokens']);
      console.log(
        `  audit --exact-tokens: ${exact.seconds.toFixed(1)} s wall, ${exact.cpu.toFixed(1)} s CPU, peak RSS ${exact.rssMb.toFixed(0)} MB; tokens ${exact.tokens}`,
      );
    }
    results.push({ rows, measure, exact });
    rmSync(file);
  }
  if (results.length >= 2) {
    const [small, large] = [results[0]!, results.at(-1)!];
    const ratio = large.measure.seconds / small.measure.seconds;
    console.log(
      `\ncost growth: ${(large.rows / small.rows).toFixed(0)}x rows -> ${ratio.toFixed(1)}x wall time, ${(large.measure.cpu / small.measure.cpu).toFixed(1)}x CPU; marginal CPU ${(((large.measure.cpu - small.measure.cpu) / (large.rows - small.rows)) * 1e6).toFixed(0)} µs per row`,
    );
  }
  console.log(
    `load average after: ${loadavg()
      .map((value) => value.toFixed(2))
      .join(' ')}`,
  );
} finally {
  rmSync(folder, { recursive: true, force: true });
}
