/**
 * Shared helpers for benchmarks (not a benchmark itself): run a command under GNU time and read
 * wall time, CPU time and peak memory.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** One measured run. */
export interface Measurement {
  code: number;
  wallSeconds: number;
  cpuSeconds: number;
  peakMegabytes: number;
  stdout: string;
  stderr: string;
}

/** Runs `command args` under `/usr/bin/time -v` and returns its figures. */
export function measure(
  command: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Measurement {
  const timeFile = join(mkdtempSync(join(tmpdir(), 'fixfirst-bench-')), 'time.txt');
  const result = spawnSync('/usr/bin/time', ['-v', '-o', timeFile, command, ...args], {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const time = readFileSync(timeFile, 'utf8');
  const field = (label: string) =>
    time
      .split('\n')
      .find((line) => line.includes(label))
      ?.split(': ')
      .pop() ?? '0';
  const wall = field('Elapsed (wall clock) time').split(':').map(Number);
  const wallSeconds = wall.reduce((total, part) => total * 60 + part, 0);
  return {
    code: result.status ?? -1,
    wallSeconds,
    cpuSeconds: Number(field('User time (seconds)')) + Number(field('System time (seconds)')),
    peakMegabytes: Number(field('Maximum resident set size (kbytes)')) / 1024,
    stdout: result.stdout,
    stderr: result.stderr,
  };
}

/** Median of a list of numbers. */
export function median(values: number[]): number {
  const sorted = [...values].sort((left, right) => left - right);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The machine's load average, printed with every benchmark (timings on a shared machine are noisy). */
export function loadAverage(): string {
  return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
}
