import { describe, expect, it } from 'vitest';
import { auditRows, settingsWith } from '../../../test/helpers/audit-harness.js';
import { cleanChatRows } from '../../../test/helpers/training-data.js';
import { datasetSizeAudit } from './dataset-size.js';

describe('size', () => {
  it.each([
    [5, 'error'],
    [10, 'warning'],
    [49, 'warning'],
    [50, undefined],
  ])('%i examples -> %s', async (count, severity) => {
    const result = await auditRows(cleanChatRows(count, 71), { audits: [datasetSizeAudit] });
    expect(result.findings[0]?.severity).toBe(severity);
  });

  it('follows the configured floors', async () => {
    const settings = settingsWith({ size: { error_below: 100, warn_below: 200 } });
    const result = await auditRows(cleanChatRows(60, 72), { audits: [datasetSizeAudit], settings });
    expect(result.findings[0]).toMatchObject({ code: 'too_few_examples', severity: 'error' });
    expect(result.readiness.reasons[0]!.code).toBe('too_few_examples');
  });
});
