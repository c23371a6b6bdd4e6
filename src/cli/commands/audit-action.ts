import { cleanCommandFor, reauditCommandFor } from '../../project/clean-command.js';
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
    const flags = {
      eval: options.eval,
      config: options.config,
      format: options.format,
      model: options.model,
    };
    io.stdout(
      renderAuditTerminal(report, {
        color: io.color,
        examples: Number.isFinite(examples) ? examples : 3,
        cleanCommand: cleanCommandFor(trainFile, flags),
        reauditCommand: reauditCommandFor(trainFile, flags),
      }),
    );
  }
  if (options.failOnNotReady && report.readiness.status === 'not_ready') io.setExitCode(exitCodes.failOn);
}
