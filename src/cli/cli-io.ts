/** Everything a command may touch in the outside world, passed in so commands are testable. */
export interface CliIo {
  /** Writes to standard output (machine-readable output goes here, and only here). */
  stdout(text: string): void;
  /** Writes to standard error (progress, warnings, errors). */
  stderr(text: string): void;
  /** Environment variables. API keys are read from here and nowhere else. */
  env: NodeJS.ProcessEnv;
  /** Whether stdout is a terminal (colour, progress bars). */
  stdoutIsTty: boolean;
  /** Whether stderr is a terminal (progress bars). */
  stderrIsTty: boolean;
  /** Colour allowed (TTY and not NO_COLOR / --no-color). */
  color: boolean;
  /** Current time. */
  now(): Date;
  /** fixfirst's version. */
  version: string;
  /** Sets the process exit code without exiting (so buffered output is flushed). */
  setExitCode(code: number): void;
  /** An AbortSignal fired on Ctrl-C, so long work can save state and stop. */
  signal: AbortSignal;
}
