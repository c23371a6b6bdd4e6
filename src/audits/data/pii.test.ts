import { describe, expect, it } from 'vitest';
import { auditRows, chat, rowsOf, settingsWith } from '../../../test/helpers/audit-harness.js';
import { cleanChatRows } from '../../../test/helpers/training-data.js';
import { ibanValid, luhnValid, piiAudit } from './pii.js';

describe('checksums', () => {
  it('Luhn accepts valid card numbers and rejects one digit off', () => {
    expect(luhnValid('4111111111111111')).toBe(true);
    expect(luhnValid('5555555555554444')).toBe(true);
    expect(luhnValid('4111111111111112')).toBe(false);
  });

  it('IBAN MOD-97 accepts valid IBANs and rejects a changed digit', () => {
    expect(ibanValid('GB82 WEST 1234 5698 7654 32')).toBe(true);
    expect(ibanValid('DE89370400440532013000')).toBe(true);
    expect(ibanValid('GB82WEST12345698765433')).toBe(false);
  });
});

describe('pii audit', () => {
  const kindsOf = async (text: string) => {
    const result = await auditRows([chat(text, 'ok')], { audits: [piiAudit] });
    return result.findings.map((finding) => finding.evidence.kind).sort();
  };

  it('finds each kind, confirmed by its checksum', async () => {
    expect(await kindsOf('mail me at jane.doe@gmail.com')).toEqual(['email']);
    expect(await kindsOf('card 4111 1111 1111 1111 please')).toEqual(['card']);
    expect(await kindsOf('card 4111 1111 1111 1112 please')).toEqual([]);
    expect(await kindsOf('pay to GB82 WEST 1234 5698 7654 32 today')).toEqual(['iban']);
    expect(await kindsOf('server at 10.20.30.40 is down')).toEqual(['ip']);
    expect(await kindsOf('call me on +44 20 7946 0958 tomorrow')).toEqual(['phone']);
    expect(await kindsOf('key sk-proj-4fJ9xQ2mL8vT1rZ6wY3kP0sN5bH7cD')).toEqual(['secret']);
    expect(await kindsOf('-----BEGIN RSA PRIVATE KEY-----')).toEqual(['secret']);
  });

  it('does not flag dates, versions, ids, allowed domains or placeholder keys', async () => {
    expect(await kindsOf('on 2024-03-15 we shipped version 1.2.3 of order 48213')).toEqual([]);
    expect(await kindsOf('call (415) 555-0113 today')).toEqual(['phone']);
    expect(await kindsOf('write to support@example.com')).toEqual(['email']);
    const allowed = await auditRows([chat('write to support@example.com', 'ok')], {
      audits: [piiAudit],
      settings: settingsWith({ pii: { allow: ['example.com'] } }),
    });
    expect(allowed.findings).toEqual([]);
    expect(await kindsOf('set api_key = "your_api_key_goes_here_now"')).toEqual([]);
    expect(await kindsOf('localhost is 127.0.0.1')).toEqual([]);
  });

  it('never shows a whole card number, IBAN or secret in the evidence', async () => {
    const result = await auditRows(
      [chat('card 4111 1111 1111 1111, key sk-proj-4fJ9xQ2mL8vT1rZ6wY3kP0sN5bH7cD', 'ok')],
      {
        audits: [piiAudit],
      },
    );
    const evidence = JSON.stringify(result.findings);
    expect(evidence).not.toContain('4111 1111 1111 1111');
    expect(evidence).not.toContain('4fJ9xQ2mL8vT1rZ6wY3kP0sN5bH7cD');
    expect(evidence).toContain('1111');
    expect(result.findings.every((finding) => finding.severity === 'error')).toBe(true);
  });

  it('keeps emails a warning under the tolerance, an error over it', async () => {
    const rows = cleanChatRows(200, 41);
    rows[49]!.messages[1]!.content += ' Reach me at sam.lee@outlook.com.';
    const under = await auditRows(rows, { audits: [piiAudit] });
    expect(rowsOf(under, 'pii')).toEqual([50]);
    expect(under.findings[0]!.severity).toBe('warning');
    const over = await auditRows(rows, {
      audits: [piiAudit],
      settings: settingsWith({ tolerance: { pii: 0 } }),
    });
    expect(over.findings[0]!.severity).toBe('error');
  });

  it('raises nothing on a clean generated set', async () => {
    expect((await auditRows(cleanChatRows(500, 42), { audits: [piiAudit] })).findings).toEqual([]);
  });
});
