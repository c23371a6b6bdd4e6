import { cleanCommandFor, reauditCommandFor } from '../../project/clean-command.js';
import { renderAuditTerminal } from '../../reporters/audit-terminal-reporter.js';
import type { CliIo } from '../cli-io.js';
import { exitCodes } from '../exit-codes.js';
import { parseNumberFlag } from '../parse-number-flag.js';
import type { AuditOptions } from './audit.js';
import { auditFromFlags } from './audit-inputs.js';

/** Runs `fixfirst audit`. */
export async function runAudit(trainFile: string, options: AuditOptions, io: CliIo): Promise<void> {
  const examples = parseNumberFlag('--examples', options.examples, {
    integer: true,
    min: 0,
    expected: { what: 'a whole number of example rows (0 or more)', hint: 'e.g. --examples 3' },
  });
  const { report } = await auditFromFlags(trainFile, options, io);
  if (options.json) io.stdout(`${JSON.stringify(report, null, 2)}\n`);
  else {
    const flags = {
      eval: options.eval,
      config: options.config,
      format: options.format,
      model: options.model,
    };
    io.stdout(
      renderAuditTerminal(report, {
        color: io.color,
        examples,
        cleanCommand: cleanCommandFor(trainFile, flags),
        reauditCommand: reauditCommandFor(trainFile, flags),
      }),
    );
  }
  if (options.failOnNotReady && report.readiness.status === 'not_ready') io.setExitCode(exitCodes.failOn);
}
