import type { CliCommand } from '../command.js';
import { auditCommand } from './audit.js';
import { checksCommand, scorersCommand } from './checks.js';
import { cleanCommand } from './clean.js';
import { costCommand } from './cost.js';
import { diagnoseCommand } from './diagnose.js';
import { importIfevalCommand } from './import-ifeval.js';
import { importPromptfooCommand } from './import-promptfoo.js';
import { importRagasCommand } from './import-ragas.js';
import { reportCommand } from './report.js';
import { retrievalCommand } from './retrieval.js';
import { runCommand } from './run.js';

/** Every CLI command, in the order `--help` lists them. One line each. */
export const commands: readonly CliCommand[] = [
  diagnoseCommand,
  runCommand,
  reportCommand,
  auditCommand,
  cleanCommand,
  costCommand,
  checksCommand,
  scorersCommand,
  retrievalCommand,
  importIfevalCommand,
  importPromptfooCommand,
  importRagasCommand,
];
