import type { CliIo } from '../../src/cli/cli-io.js';
import { main } from '../../src/cli/main.js';

/** Result of one in-process CLI run. */
export interface MainRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the CLI in-process through `main` (the same code path as the executable, minus process
 * wiring), with a fixed clock and captured output. Much faster than a child process, so the
 * bad-input tests can afford one run each.
 */
export async function runMain(args: string[], env: NodeJS.ProcessEnv = {}): Promise<MainRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    env,
    stdoutIsTty: false,
    stderrIsTty: false,
    color: false,
    now: () => new Date('2026-11-30T12:00:00Z'),
    version: '0.0.0-test',
    setExitCode: () => {},
    signal: new AbortController().signal,
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}
