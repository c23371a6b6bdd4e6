/**
 * Times `fixfirst import ifeval` and `fixfirst diagnose` on IFEval's 541 GPT-4 responses with the
 * compiled CLI (run with `npm run bench -- ifeval`; the runner builds first). Wall-clock medians of
 * a few runs; the machine's load average is printed because timings on a shared machine are noisy.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'dist/cli/bin.js');
const data = [
  resolve(root, '../shared/conformance/ifeval'),
  resolve(root, '../../shared/conformance/ifeval'),
].find((candidate) => existsSync(candidate));
if (data === undefined) throw new Error('shared/conformance/ifeval not found next to the repository');
const input = join(data, 'input_data.jsonl');
const responses = join(data, 'input_response_data_gpt4_20231107_145030.jsonl');
const runs = Number(process.env.BENCH_RUNS ?? 5);

function time(args: string[]): number {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (result.status !== 0) throw new Error(`fixfirst ${args.join(' ')} failed: ${result.stderr}`);
  return seconds;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const scratch = mkdtempSync(join(tmpdir(), 'fixfirst-bench-ifeval-'));
const importTimes: number[] = [];
const diagnoseTimes: number[] = [];
for (let run = 0; run < runs; run++) {
  const out = join(scratch, `run-${run}`);
  importTimes.push(time(['import', 'ifeval', input, responses, '--out', out]));
  diagnoseTimes.push(time(['diagnose', out, '--quiet', '--out', join(out, 'report')]));
}
rmSync(scratch, { recursive: true, force: true });
console.log(
  `load average (1/5/15 min): ${loadavg()
    .map((value) => value.toFixed(2))
    .join(' / ')} on 2 cores`,
);
console.log(
  `import ifeval  (541 prompts, 834 instructions): median ${median(importTimes).toFixed(3)} s over ${runs} runs`,
);
console.log(
  `diagnose       (541 items, report.json + report.md): median ${median(diagnoseTimes).toFixed(3)} s over ${runs} runs`,
);
