import { type ChildProcess, spawn } from 'node:child_process';
import { type CliRun, cliPath, repoRoot } from './run-cli.js';

/** A CLI child process and the promise of its result. */
export interface RunningCli {
  child: ChildProcess;
  done: Promise<CliRun & { signal: NodeJS.Signals | null }>;
}

/**
 * Starts the compiled CLI without blocking the event loop, so a test server in the same process
 * keeps answering (runCli's spawnSync would stall it). Colour off; env extended.
 */
export function startCli(
  args: string[],
  options: { env?: Record<string, string>; cwd?: string } = {},
): RunningCli {
  const child = spawn(process.execPath, [cliPath, ...args], {
    cwd: options.cwd ?? repoRoot,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
  });
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  const done = new Promise<CliRun & { signal: NodeJS.Signals | null }>((resolve) => {
    child.on('close', (code, signal) => resolve({ code: code ?? -1, signal, stdout, stderr }));
  });
  return { child, done };
}

/** Runs the CLI to the end without blocking the event loop. */
export function runCliAsync(
  args: string[],
  options: { env?: Record<string, string>; cwd?: string } = {},
): Promise<CliRun & { signal: NodeJS.Signals | null }> {
  return startCli(args, options).done;
}
