import type { Command } from 'commander';
import type { CliIo } from './cli-io.js';

/**
 * One CLI command = one file in src/cli/commands/ exporting a `CliCommand`, one line in
 * src/cli/commands/index.ts. `parent: 'import'` puts it under `fixfirst import`.
 */
export interface CliCommand {
  /** The command word, e.g. `diagnose`, or `ifeval` under `import`. */
  name: string;
  /** Group it under another command word. */
  parent?: 'import';
  /** Adds the command (with its options and help) to `program`; the action runs the work. */
  register(program: Command, io: CliIo): void;
}
