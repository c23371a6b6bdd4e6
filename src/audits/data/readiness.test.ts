import { describe, expect, it } from 'vitest';
import { settingsWith } from '../../../test/helpers/audit-harness.js';
import type { Finding } from '../../core/finding.js';
import { decideReadiness } from './readiness.js';

const finding = (code: string, severity: Finding['severity'], rowCount: number): Finding => ({
  code,
  severity,
  message: code,
  rows: [1],
  rowCount,
  evidence: {},
});

describe('readiness', () => {
  it('escalates a warning past its tolerance, keeps it under, and ranks errors first then by rows', () => {
    const findings = [
      finding('near_duplicate', 'warning', 30),
      finding('exact_duplicate', 'warning', 20),
      finding('empty_target', 'warning', 1),
      finding('length_outlier', 'warning', 500),
    ];
    const { readiness, findings: adjusted } = decideReadiness(findings, new Map(), 1000, settingsWith());
    expect(readiness.status).toBe('not_ready');
    expect(readiness.reasons.map((reason) => [reason.code, reason.severity])).toEqual([
      ['exact_duplicate', 'error'],
      ['empty_target', 'error'],
      ['length_outlier', 'warning'],
      ['near_duplicate', 'warning'],
    ]);
    expect(adjusted.find((entry) => entry.code === 'near_duplicate')!.severity).toBe('warning');
    expect(readiness.reasons[0]!.text).toBe(
      'exact_duplicate: 20 rows (2.0%) repeat an earlier row exactly; tolerated up to 1.0%',
    );
  });

  it('is ready with warnings only, and info findings give no reason', () => {
    const { readiness } = decideReadiness(
      [finding('near_duplicate', 'warning', 1), finding('length_outlier', 'info', 5)],
      new Map(),
      1000,
      settingsWith(),
    );
    expect(readiness.status).toBe('ready');
    expect(readiness.reasons.map((reason) => reason.code)).toEqual(['near_duplicate']);
  });

  it('uses the affected-row counts audits give, and configured tolerances', () => {
    const settings = settingsWith({ tolerance: { exact_duplicate: 0.5 } });
    const { readiness } = decideReadiness(
      [finding('exact_duplicate', 'warning', 900)],
      new Map([['exact_duplicate', 400]]),
      1000,
      settings,
    );
    expect(readiness.status).toBe('ready');
    expect(readiness.reasons[0]).toMatchObject({ rows: 400, share: 0.4, tolerance: 0.5 });
  });
});
