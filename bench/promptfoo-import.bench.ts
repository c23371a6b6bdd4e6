/**
 * Times `fixfirst import promptfoo` on a 2,000-test results file (run with `npm run bench -- promptfoo`;
 * the runner builds first). The file is the real promptfoo 0.121.20 output of
 * test/fixtures/promptfoo/support-triage (56 results) repeated with new test numbers, so every
 * result has promptfoo's full shape (token usage, llm-rubric grading metadata). Reports the median
 * wall time of the compiled CLI (read, map, stage, load as diagnose will, check 6,000 mapped
 * assertions against promptfoo's grades, write), then `fixfirst diagnose` on the result. Timings on
 * a shared machine are noisy: the load average is printed.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'dist/cli/bin.js');
const testCount = 2_000;
const runs = Number(process.env.BENCH_RUNS ?? 5);

const source = JSON.parse(
  readFileSync(join(root, 'test/fixtures/promptfoo/support-triage/results.json'), 'utf8'),
) as { results: { results: { testIdx: number; id: string }[] } };
const originals = [...source.results.results].sort((left, right) => left.testIdx - right.testIdx);
source.results.results = Array.from({ length: testCount }, (_, index) => ({
  ...originals[index % originals.length]!,
  testIdx: index,
  id: `bench-${index}`,
}));
const scratch = mkdtempSync(join(tmpdir(), 'fixfirst-bench-promptfoo-'));
const results = join(scratch, 'results.json');
writeFileSync(results, JSON.stringify(source));

function time(args: string[]): { seconds: number; stdout: string } {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [cli, ...args], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (result.status !== 0) throw new Error(`fixfirst ${args.join(' ')} failed: ${result.stderr}`);
  return { seconds, stdout: result.stdout };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const importTimes: number[] = [];
const diagnoseTimes: number[] = [];
let summary = '';
for (let run = 0; run < runs; run++) {
  const out = join(scratch, `run-${run}`);
  const imported = time(['import', 'promptfoo', results, '--out', out]);
  importTimes.push(imported.seconds);
  summary = imported.stdout.split('\n').find((line) => line.includes('agrees with')) ?? '';
  diagnoseTimes.push(time(['diagnose', out, '--quiet']).seconds);
}
// CPU time of the same import in this process: steadier than wall time on a shared machine.
const { main } = await import('../src/cli/main.js');
const cpuTimes: number[] = [];
for (let run = 0; run < runs; run++) {
  const before = process.cpuUsage();
  const code = await main(['import', 'promptfoo', results, '--out', join(scratch, `cpu-${run}`)], {
    stdout: () => {},
    stderr: () => {},
    env: {},
    stdoutIsTty: false,
    stderrIsTty: false,
    color: false,
    now: () => new Date(),
    version: 'bench',
    setExitCode: () => {},
    signal: new AbortController().signal,
  });
  const used = process.cpuUsage(before);
  if (code !== 0) throw new Error(`in-process import failed with exit code ${code}`);
  cpuTimes.push((used.user + used.system) / 1e6);
}
const megabytes = statSync(results).size / 1e6;
const version = time(['--version']).seconds;
rmSync(scratch, { recursive: true, force: true });
console.log(
  `load average (1/5/15 min): ${loadavg()
    .map((value) => value.toFixed(2))
    .join(' / ')} on 2 cores`,
);
console.log(`results file: ${testCount} tests, ${megabytes.toFixed(1)} MB;${summary}`);
console.log(`fixfirst --version (process start-up)             : ${version.toFixed(3)} s`);
console.log(
  `import promptfoo (2,000 tests)                     : median ${median(importTimes).toFixed(3)} s over ${runs} runs (min ${Math.min(...importTimes).toFixed(3)} s)`,
);
console.log(
  `import promptfoo, in process (CPU time, user+system): median ${median(cpuTimes).toFixed(3)} s over ${runs} runs`,
);
console.log(
  `diagnose on the imported project (2,000 items)     : median ${median(diagnoseTimes).toFixed(3)} s over ${runs} runs`,
);
