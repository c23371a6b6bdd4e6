#!/usr/bin/env node
import { readFileSync, statSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import type { CliIo } from './cli-io.js';
import { exitCodes } from './exit-codes.js';
import type { main as mainFunction } from './main.js';

/**
 * V8 optimises a function with TurboFan once it has run a budget of bytecode. At the default budget
 * a one-second `fixfirst diagnose` compiled ~175 functions, in both threads, on background threads
 * that competed with the two doing the work (a third of the run's CPU on 2 cores). With a budget 9x
 * larger only really hot code is optimised: the example's CPU fell from 1.58 to 1.27 s and its wall
 * time by 7 %; on 100,000 items no change beyond the noise. Set before the bundle loads; workers share it.
 */
setFlagsFromString('--interrupt-budget=600000');

/** The `fixfirst` executable: wires the process (argv, env, stdio, signals) to `main`. */
function readVersion(): string {
  try {
    const packageJson = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      version: string;
    };
    return packageJson.version;
  } catch {
    return '0.0.0';
  }
}

/**
 * The CLI's code: the bundle the build writes (scripts/bundle-cli.mjs: one CommonJS file, run with
 * V8's code cache, starts much faster than ~440 ES modules), unless it is missing or older than
 * the compiled modules (a `tsc` run without the bundle step), then the modules themselves.
 */
async function loadMain(): Promise<typeof mainFunction> {
  const bundle = new URL('../bundle/main.cjs', import.meta.url);
  const modules = new URL('./main.js', import.meta.url);
  let bundled = false;
  try {
    bundled = statSync(bundle).mtimeMs >= statSync(modules).mtimeMs;
  } catch {
    bundled = false;
  }
  if (bundled) {
    const { loadBundle } = await import('./code-cache.js');
    return loadBundle(bundle).exports.main as typeof mainFunction;
  }
  const loaded = (await import('./main.js')) as { main: typeof mainFunction };
  return loaded.main;
}

const controller = new AbortController();
let interrupts = 0;
process.on('SIGINT', () => {
  interrupts++;
  if (interrupts > 1) process.exit(exitCodes.interrupted);
  process.stderr.write('\nfixfirst: interrupted — saving partial work (Ctrl-C again to quit now)\n');
  controller.abort();
});
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
});
const colorWanted =
  process.stdout.isTTY === true && !('NO_COLOR' in process.env) && process.env.TERM !== 'dumb';
const io: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  stdoutIsTty: process.stdout.isTTY === true,
  stderrIsTty: process.stderr.isTTY === true,
  color: colorWanted || ('FORCE_COLOR' in process.env && process.env.FORCE_COLOR !== '0'),
  now: () => new Date(),
  version: readVersion(),
  setExitCode: (code) => {
    process.exitCode = code;
  },
  signal: controller.signal,
};
const main = await loadMain();
process.exitCode = await main(process.argv.slice(2), io);
