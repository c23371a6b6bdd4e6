import type { DataAudit } from '../../core/data-audit.js';
import type { Finding } from '../../core/finding.js';
import { RowCollector, rowsText } from './shared/findings.js';

/**
 * Chat examples without a system or a user message (the cookbook's warning counts). A system
 * message missing from some rows while most have one is a warning: the model is trained with and
 * without its instructions. A missing assistant message is a format error, not this.
 */
export const missingRolesAudit: DataAudit = {
  id: 'missing_roles',
  codes: ['missing_role'],
  summary: 'Chat examples without a user message, or without the system message most rows have.',
  source: 'data.md §1.2 (cookbook warnings), §11 item 7',
  start() {
    const noSystem = new RowCollector();
    const noUser = new RowCollector();
    let chatRows = 0;
    return {
      observe(row) {
        const example = row.example;
        if (example === undefined || (example.format !== 'chat' && example.format !== 'sharegpt')) return;
        chatRows++;
        let system = false;
        let user = false;
        for (const message of example.messages) {
          if (message.role === 'system') system = true;
          else if (message.role === 'user') user = true;
        }
        if (!system) noSystem.add(row.row);
        if (!user) noUser.add(row.row);
      },
      finish() {
        const findings: Finding[] = [];
        findings.push(
          ...noUser.finding('missing_role', 'warning', `${rowsText(noUser.count, 'have no user message')}`, {
            role: 'user',
          }),
        );
        const withSystem = chatRows - noSystem.count;
        if (noSystem.count > 0 && withSystem > 0) {
          const inconsistent = withSystem >= noSystem.count;
          findings.push(
            ...noSystem.finding(
              'missing_role',
              inconsistent ? 'warning' : 'info',
              inconsistent
                ? `${rowsText(noSystem.count, 'have no system message while')} ${withSystem} do (train with the prompt you will serve)`
                : rowsText(noSystem.count, `have no system message (${withSystem} do)`),
              { role: 'system', withSystem },
            ),
          );
        } else if (noSystem.count > 0) {
          findings.push({
            code: 'missing_role',
            severity: 'info',
            message: 'no example has a system message',
            rows: [],
            rowCount: noSystem.count,
            evidence: { role: 'system', withSystem: 0 },
          });
        }
        return { findings };
      },
    };
  },
};
