import { FixfirstError } from '../../src/core/errors.js';

/**
 * The FixfirstError a synchronous call throws. Fails the test when the call returns, and passes on
 * any other error unchanged (a crash must not read as the expected user error).
 */
export function problemOf(action: () => unknown): FixfirstError {
  try {
    action();
  } catch (error) {
    if (FixfirstError.isInstance(error)) return error;
    throw error;
  }
  throw new Error('expected a FixfirstError, but the call succeeded');
}
