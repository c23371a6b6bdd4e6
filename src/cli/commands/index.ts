import type { CliCommand } from '../command.js';
import { auditCommand } from './audit.js';
import { checksCommand, scorersCommand } from './checks.js';
import { cleanCommand } from './clean.js';
import { diagnoseCommand } from './diagnose.js';

/** Every CLI command, in the order `--help` lists them. One line each. */
export const commands: readonly CliCommand[] = [
  diagnoseCommand,
  auditCommand,
  cleanCommand,
  checksCommand,
  scorersCommand,
];
