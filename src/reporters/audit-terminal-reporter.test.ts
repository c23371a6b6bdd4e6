import { describe, expect, it } from 'vitest';
import { auditRows, chat } from '../../test/helpers/audit-harness.js';
import { toAuditReport } from '../audits/data/audit-report.js';
import { defaultAuditSettings } from '../core/config-audit.js';
import { renderAuditTerminal } from './audit-terminal-reporter.js';

describe('audit terminal view', () => {
  it('ranks blocking reasons before warnings, shows example rows, and keeps PII redacted', async () => {
    const rows = [
      ...Array.from({ length: 60 }, (_, index) =>
        chat(`Where is parcel number ${index} of my order please?`, `It ships on day ${index}.`),
      ),
      chat('My card is 4111 1111 1111 1111', 'Thanks, noted.'),
      chat('Where is parcel number 3 of my order please?', 'It ships on day 3.'),
      chat('Say hi', ''),
    ];
    const settings = defaultAuditSettings();
    const result = await auditRows(rows, { settings });
    const report = toAuditReport(
      result,
      {
        file: 'train.jsonl',
        format: 'chat',
        fileFormat: 'jsonl',
        formatOrigin: 'detected',
        model: { name: 'gpt-4o-mini', encoding: 'fake', exactTokenizer: true },
        version: '0.0.0',
      },
      settings,
    );
    const text = renderAuditTerminal(report, { color: false, examples: 2 });
    expect(text).toContain('NOT READY');
    const blocking = text.indexOf('Blocking');
    expect(blocking).toBeGreaterThan(0);
    expect(text.indexOf('pii:')).toBeGreaterThan(blocking);
    expect(text).toMatch(
      /exact_duplicate: 1 row \(1\.6%\) repeats an earlier row exactly; tolerated up to 1\.0%/,
    );
    expect(text).toContain('rows 4, 62 (twin of row 4)');
    expect(text).toContain('**** **** **** 1111');
    expect(text).not.toContain('4111 1111 1111 1111');
    expect(text).toContain('Thresholds:');
  });
});
