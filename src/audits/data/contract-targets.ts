import type { DataAudit, RowRemoval } from '../../core/data-audit.js';
import type { Finding } from '../../core/finding.js';
import { trainedTargets, userMessageBefore } from './shared/example-text.js';
import { RowCollector, rowsText, snippet } from './shared/findings.js';

/**
 * Targets that break the project's output contract (fixfirst.yaml `contract:`): fine-tuning on
 * them teaches the very format the contract forbids. Every trained assistant message with text is
 * run through every contract check (tool-call turns are not outputs and are skipped).
 */
export const contractTargetsAudit: DataAudit = {
  id: 'contract_targets',
  codes: ['contract_violation_in_target'],
  summary: "Targets that fail the project's output contract checks.",
  source: 'DESIGN §2 (Q2: targets that break the output contract)',
  needs: ['contract'],
  start(context) {
    const checks = context.contract;
    const byCheck = new Map(checks.map((check) => [check.id, new RowCollector()]));
    const removals: RowRemoval[] = [];
    return {
      observe(row) {
        const example = row.example;
        if (example === undefined || checks.length === 0) return;
        let failed: string | undefined;
        for (const { index, message } of trainedTargets(example)) {
          if (message.toolCalls !== undefined || message.content.trim() === '') continue;
          const input = userMessageBefore(example, index);
          for (const check of checks) {
            const outcome = check.run(message.content, { input });
            if (outcome.pass) continue;
            failed ??= check.id;
            byCheck
              .get(check.id)!
              .add(row.row, `${outcome.detail ?? 'failed'} · ${snippet(message.content, 60)}`);
          }
          if (failed !== undefined) break;
        }
        if (failed !== undefined)
          removals.push({ row: row.row, code: 'contract_violation_in_target', detail: failed });
      },
      finish() {
        const findings: Finding[] = [];
        for (const [id, collector] of byCheck) {
          findings.push(
            ...collector.finding(
              'contract_violation_in_target',
              'warning',
              rowsText(collector.count, `have a target that fails contract check "${id}"`),
              { check: id },
            ),
          );
        }
        return { findings, removals, affected: { contract_violation_in_target: removals.length } };
      },
    };
  },
};
