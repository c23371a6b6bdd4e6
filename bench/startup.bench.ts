/**
 * Cold `fixfirst diagnose` on every bundled example: a fresh process per run (startup, module
 * loading, tokenizer table, data audit, the four questions, the terminal summary), the median of
 * N runs. Target: well under 1 s wall for examples/support-bot on 2 idle cores.
 *   npm run bench -- startup          (FIXFIRST_BENCH_RUNS=9 for more runs; default 5)
 *
 * On a shared machine wall time mostly measures the queue for a core; the main thread's own CPU
 * time (read from /proc at exit, Linux only) is what an idle machine's wall time tracks, so it is
 * printed too.
 */
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadAverage, measure, median } from './measure.js';

const cli = fileURLToPath(new URL('../dist/cli/bin.js', import.meta.url));
const examples = fileURLToPath(new URL('../examples/', import.meta.url));
const runs = Number(process.env.FIXFIRST_BENCH_RUNS ?? 5);

/** Preloaded into each run: prints the main thread's CPU time (schedstat, nanoseconds) at exit. */
const mainThreadProbe = `data:text/javascript,${encodeURIComponent(
  "import { readFileSync, writeSync } from 'node:fs';" +
    "process.on('exit', () => { const ns = Number(readFileSync('/proc/self/task/' + process.pid + '/schedstat', 'utf8').split(' ')[0]);" +
    " writeSync(2, 'main-thread-ms ' + (ns / 1e6).toFixed(0) + '\\n'); });",
)}`;
const probe = existsSync('/proc/self/task') ? ['--import', mainThreadProbe] : [];

console.log(`load average ${loadAverage()} (2 cores; figures under load are inflated)`);
console.log('example            median wall   CPU (all threads)   main thread   peak memory');
for (const name of readdirSync(examples).sort()) {
  if (!existsSync(`${examples}${name}/fixfirst.yaml`)) continue;
  const measured = Array.from({ length: runs }, () =>
    measure(process.execPath, [...probe, cli, 'diagnose', `${examples}${name}`]),
  );
  const failed = measured.find((run) => run.code !== 0);
  if (failed !== undefined) throw new Error(`${name}: exit ${failed.code}\n${failed.stderr}`);
  const mainThread = measured.flatMap((run) => {
    const match = /main-thread-ms (\d+)/.exec(run.stderr);
    return match === null ? [] : [Number(match[1])];
  });
  console.log(
    `${name.padEnd(18)} ${median(measured.map((run) => run.wallSeconds))
      .toFixed(2)
      .padStart(9)} s` +
      `   ${median(measured.map((run) => run.cpuSeconds))
        .toFixed(2)
        .padStart(12)} s` +
      `   ${mainThread.length === 0 ? '         -' : `${(median(mainThread) / 1000).toFixed(2).padStart(9)} s`}` +
      `   ${median(measured.map((run) => run.peakMegabytes))
        .toFixed(0)
        .padStart(8)} MB`,
  );
}
console.log(`(median of ${runs} runs each) load average after: ${loadAverage()}`);
