import { renderAuditTerminal } from '../../reporters/audit-terminal-reporter.js';
import type { CliIo } from '../cli-io.js';
import { exitCodes } from '../exit-codes.js';
import type { AuditOptions } from './audit.js';
import { auditFromFlags } from './audit-inputs.js';

/** Runs `fixfirst audit`. */
export async function runAudit(trainFile: string, options: AuditOptions, io: CliIo): Promise<void> {
  const { report } = await auditFromFlags(trainFile, options, io);
  if (options.json) io.stdout(`${JSON.stringify(report, null, 2)}\n`);
  else {
    const examples = Number(options.examples);
    io.stdout(
      renderAuditTerminal(report, { color: io.color, examples: Number.isFinite(examples) ? examples : 3 }),
    );
  }
  if (options.failOnNotReady && report.readiness.status === 'not_ready') io.setExitCode(exitCodes.failOn);
}
