import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evalCases } from '../../testing/eval-cases.js';
import { auditEvalSet, evalSetAudits, hygieneLimits } from './index.js';

describe('eval-set hygiene registry', () => {
  it('has one file and one colocated test per check, and unique codes', () => {
    const files = readdirSync(new URL('.', import.meta.url));
    const tests = files.filter((file) => file.endsWith('.test.ts') && file !== 'index.test.ts');
    expect(tests).toHaveLength(evalSetAudits.length);
    for (const test of tests) expect(files).toContain(test.replace('.test.ts', '.ts'));
    for (const audit of evalSetAudits) {
      expect(audit.summary).not.toBe('');
      expect(audit.limits).not.toBe('');
    }
    expect(new Set(evalSetAudits.map((audit) => audit.code)).size).toBe(evalSetAudits.length);
  });
  it('runs every check and says how the findings limit the conclusions', () => {
    const findings = auditEvalSet(
      evalCases([{ input: 'q', reference: 'a' }, { input: 'q', reference: 'b' }, { input: 'fine' }]),
    );
    expect(findings.map((finding) => finding.code)).toEqual(['contradictory_reference']);
    expect(hygieneLimits(findings)).toMatch(
      /^Eval-set hygiene: 2 item\(s\) contradictory_reference — .*label noise\.$/,
    );
    expect(hygieneLimits([])).toBeUndefined();
  });
});
