import type { ErrorCode } from '../core/errors.js';

/**
 * Process exit codes: the one place they are defined. Documented in README "Exit codes".
 * Stable: CI jobs gate on them.
 */
export const exitCodes = {
  /** The command did its job (whatever the verdict). */
  ok: 0,
  /** A bug in fixfirst (please report it). */
  internal: 1,
  /** Wrong command-line usage: unknown flag, missing argument. */
  usage: 2,
  /** A data file is missing, unreadable or malformed. */
  input: 3,
  /** fixfirst.yaml (or a file it names) is invalid. */
  config: 4,
  /** Live mode: a provider failed for good, or an API key is missing. */
  provider: 5,
  /** Live mode: the --max-cost budget would be crossed; partial work is saved. */
  budget: 6,
  /** --fail-on matched: the diagnosis ran, and the CI gate says fail. */
  failOn: 10,
  /** Interrupted (Ctrl-C); partial work is saved. */
  interrupted: 130,
} as const;

/** The exit code for an error code. */
export function exitCodeFor(code: ErrorCode): number {
  switch (code) {
    case 'INPUT_INVALID':
    case 'FILE_NOT_FOUND':
      return exitCodes.input;
    case 'CONFIG_INVALID':
      return exitCodes.config;
    case 'USAGE':
      return exitCodes.usage;
    case 'PROVIDER_CALL_FAILED':
    case 'MISSING_API_KEY':
      return exitCodes.provider;
    case 'BUDGET_EXCEEDED':
      return exitCodes.budget;
    case 'INTERRUPTED':
      return exitCodes.interrupted;
    case 'INTERNAL':
      return exitCodes.internal;
  }
}
