/**
 * `fixfirst diagnose` speed: the bundled example (target < 1 s wall) and a generated
 * 100,000-item eval set (target < 10 s wall, < 1 GB peak memory).
 *   npm run bench -- diagnose          (FIXFIRST_BENCH_ITEMS=20000 for a quicker large run)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeBenchmarkProject } from './generate-eval.js';
import { loadAverage, measure, median } from './measure.js';

const cli = fileURLToPath(new URL('../dist/cli/bin.js', import.meta.url));
const example = fileURLToPath(new URL('../examples/support-bot', import.meta.url));

console.log(`load average ${loadAverage()} (2 cores; figures under load are inflated)`);
const runs = Array.from({ length: 7 }, () =>
  measure(process.execPath, [cli, 'diagnose', example, '--quiet']),
);
if (runs.some((run) => run.code !== 0)) throw new Error(runs.find((run) => run.code !== 0)!.stderr);
console.log(
  `examples/support-bot (400 items): median wall ${median(runs.map((run) => run.wallSeconds)).toFixed(2)} s, ` +
    `CPU ${median(runs.map((run) => run.cpuSeconds)).toFixed(2)} s, peak ${median(runs.map((run) => run.peakMegabytes)).toFixed(0)} MB`,
);

const items = Number(process.env.FIXFIRST_BENCH_ITEMS ?? 100_000);
const dir = mkdtempSync(join(tmpdir(), 'fixfirst-bench-diagnose-'));
try {
  const started = performance.now();
  const project = writeBenchmarkProject({ dir, items });
  console.log(
    `generated ${items} items (${(project.evalBytes / 1e6).toFixed(0)} MB) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  const large = measure(process.execPath, [cli, 'diagnose', dir, '--quiet']);
  if (large.code !== 0) throw new Error(large.stderr);
  console.log(
    `${items} items: wall ${large.wallSeconds.toFixed(2)} s, CPU ${large.cpuSeconds.toFixed(2)} s, peak ${large.peakMegabytes.toFixed(0)} MB` +
      `  (targets: < 10 s, < 1024 MB)`,
  );
  const json = measure(process.execPath, [cli, 'diagnose', dir, '--json']);
  console.log(
    `${items} items with --json (report.json to stdout, ${(json.stdout.length / 1e6).toFixed(0)} MB): wall ${json.wallSeconds.toFixed(2)} s, peak ${json.peakMegabytes.toFixed(0)} MB`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(`load average after: ${loadAverage()}`);
