import type { DataAudit } from '../../core/data-audit.js';
import type { Finding, Severity } from '../../core/finding.js';
import { RowCollector, rowsText } from './shared/findings.js';

/** One kind of personal data or secret, found by a pattern and confirmed by a check. */
interface PiiKind {
  kind: 'email' | 'card' | 'iban' | 'ip' | 'phone' | 'secret';
  /** Secrets and payment data block readiness outright; the rest by their share of rows. */
  severity: Severity;
  /** A cheap test that skips the regex on most texts. */
  mayContain(text: string): boolean;
  pattern: RegExp;
  /** Confirms a match (checksum, allow list); undefined when not confirmed. */
  confirm(match: string, allow: readonly string[]): boolean;
  /** Evidence that never shows the whole value. */
  redact(match: string): string;
  text: string;
}

/** Luhn checksum (payment cards). */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let index = digits.length - 1; index >= 0; index--) {
    let digit = digits.charCodeAt(index) - 48;
    if (double) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
    double = !double;
  }
  return sum % 10 === 0;
}

/** IBAN MOD-97 check (ISO 13616): move the first four characters to the end, letters to numbers, mod 97 = 1. */
export function ibanValid(iban: string): boolean {
  const compact = iban.replace(/\s+/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(compact)) return false;
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  let remainder = 0;
  for (const char of rearranged) {
    const value = char >= 'A' ? String(char.charCodeAt(0) - 55) : char;
    for (const digit of value) remainder = (remainder * 10 + (digit.charCodeAt(0) - 48)) % 97;
  }
  return remainder === 1;
}

const hasDigit = (text: string) => /\d/.test(text);

const kinds: PiiKind[] = [
  {
    kind: 'secret',
    severity: 'error',
    mayContain: (text) =>
      /sk-|sk_live|AKIA|gh[pousr]_|xox[baprs]-|AIza|PRIVATE KEY|api[_-]?key|secret|token|password/i.test(
        text,
      ),
    pattern:
      /\b(?:sk-(?:proj-|ant-)?[A-Za-z0-9_-]{20,}|sk_live_[0-9a-zA-Z]{24,}|AKIA[0-9A-Z]{16}|gh[pousr]_[A-Za-z0-9]{36,}|xox[baprs]-[A-Za-z0-9-]{10,}|AIza[0-9A-Za-z_-]{35})|-----BEGIN (?:RSA |EC |OPENSSH |DSA )?PRIVATE KEY-----|\b(?:api[_-]?key|secret|access[_-]?token|password)\s*[:=]\s*["']?[A-Za-z0-9_\-/+]{16,}/gi,
    confirm: (match) => !/x{8,}|\*{4,}|your[_-]?(?:api[_-]?)?key/i.test(match),
    redact: (match) => `${match.slice(0, 4)}… (${match.length} characters)`,
    text: 'contain what looks like a secret (API key, private key, password)',
  },
  {
    kind: 'card',
    severity: 'error',
    mayContain: hasDigit,
    pattern: /\b\d(?:[ -]?\d){11,18}\b/g,
    confirm: (match) => {
      const digits = match.replace(/\D/g, '');
      return digits.length >= 13 && digits.length <= 19 && !/^(\d)\1+$/.test(digits) && luhnValid(digits);
    },
    redact: (match) => `**** **** **** ${match.replace(/\D/g, '').slice(-4)}`,
    text: 'contain a Luhn-valid payment card number',
  },
  {
    kind: 'iban',
    severity: 'error',
    mayContain: (text) => /[A-Z]{2}\d{2}/.test(text),
    pattern: /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b/g,
    confirm: (match) => ibanValid(match),
    redact: (match) => {
      const compact = match.replace(/\s+/g, '');
      return `${compact.slice(0, 4)} **** ${compact.slice(-4)}`;
    },
    text: 'contain a valid IBAN (MOD-97)',
  },
  {
    kind: 'email',
    severity: 'warning',
    mayContain: (text) => text.includes('@'),
    pattern: /\b[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}\b/g,
    confirm: (match, allow) => {
      const domain = match.slice(match.indexOf('@') + 1).toLowerCase();
      return !allow.some(
        (allowed) => domain === allowed || domain.endsWith(`.${allowed}`) || match.toLowerCase() === allowed,
      );
    },
    redact: (match) => {
      const tld = match.slice(match.lastIndexOf('.'));
      return `${match[0]}***@***${tld}`;
    },
    text: 'contain an email address',
  },
  {
    kind: 'phone',
    severity: 'warning',
    mayContain: hasDigit,
    pattern:
      /(?<![\w.+/-])(?:\+\d{1,3}[ .-]?)?(?:\(\d{1,4}\)[ .-]?)?\d{2,4}(?:[ .-]\d{2,4}){1,4}(?![\w/-]|\.\d)/g,
    confirm: (match) => {
      const digits = match.replace(/\D/g, '');
      if (digits.length < 9 || digits.length > 15) return false;
      if (/^\d{4}[-./]\d{1,2}[-./]\d{1,2}$|^\d{1,2}[-./]\d{1,2}[-./]\d{2,4}$/.test(match.trim()))
        return false;
      // Without a country code or area-code brackets, ask for 10+ digits (fewer is usually an id).
      return match.trim().startsWith('+') || match.includes('(') || digits.length >= 10;
    },
    redact: (match) =>
      `${'*'.repeat(Math.max(0, match.replace(/\D/g, '').length - 2))}${match.replace(/\D/g, '').slice(-2)}`,
    text: 'contain a phone number',
  },
  {
    kind: 'ip',
    severity: 'warning',
    mayContain: (text) => /\d\.\d/.test(text),
    pattern:
      /(?<![\w.])(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}(?![\w.])/g,
    confirm: (match) => !['0.0.0.0', '127.0.0.1', '255.255.255.255'].includes(match),
    redact: (match) => `${match.split('.')[0]}.*.*.*`,
    text: 'contain an IP address',
  },
];

/**
 * Personal data and secrets in any message: emails, Luhn-valid card numbers, MOD-97-valid IBANs,
 * IPv4 addresses, phone numbers, API keys and private keys (regex plus checksum, as Presidio's
 * pattern recognisers). Fine-tuning can memorise and repeat them. Evidence is redacted: a report
 * never shows a whole card number, IBAN or secret. A secret, card or IBAN blocks readiness on its
 * own; emails, phones and IPs by their share of rows.
 */
export const piiAudit: DataAudit = {
  id: 'pii',
  codes: ['pii'],
  summary:
    'Emails, card numbers (Luhn), IBANs (MOD-97), IPs, phone numbers and secrets, with redacted evidence.',
  source: 'data.md §7 (Presidio pattern + checksum recognisers), §11 item 18',
  start(context) {
    const settings = context.settings.pii;
    const active = kinds.filter((kind) => settings.kinds.includes(kind.kind));
    const collectors = new Map(active.map((kind) => [kind.kind, new RowCollector()]));
    const rows = new Set<number>();
    const systemCache = new Map<string, [PiiKind['kind'], string][]>();
    /** The first match of each kind in a text, redacted. */
    const scan = (text: string, role: string): [PiiKind['kind'], string][] => {
      const hits: [PiiKind['kind'], string][] = [];
      // Spans already explained by an earlier kind (an IBAN's digits are not also a phone number).
      const claimed: [number, number][] = [];
      for (const kind of active) {
        if (!kind.mayContain(text)) continue;
        kind.pattern.lastIndex = 0;
        let first: string | undefined;
        for (const match of text.matchAll(kind.pattern)) {
          const start = match.index;
          const end = start + match[0].length;
          if (claimed.some(([from, to]) => start < to && end > from)) continue;
          if (!kind.confirm(match[0], settings.allow)) continue;
          claimed.push([start, end]);
          first ??= `${role}: ${kind.redact(match[0])}`;
        }
        if (first !== undefined) hits.push([kind.kind, first]);
      }
      return hits;
    };
    return {
      observe(row) {
        const example = row.example;
        if (example === undefined) return;
        const found = new Set<string>();
        for (const message of example.messages) {
          const text =
            message.toolCalls === undefined ? message.content : `${message.content}\n${message.toolCalls}`;
          // A system prompt repeats on every row: scan each distinct one once.
          let hits = message.role === 'system' ? systemCache.get(text) : undefined;
          if (hits === undefined) {
            hits = scan(text, message.role);
            if (message.role === 'system') {
              if (systemCache.size >= 256) systemCache.clear();
              systemCache.set(text, hits);
            }
          }
          for (const [kind, evidence] of hits) {
            if (found.has(kind)) continue;
            found.add(kind);
            collectors.get(kind)!.add(row.row, evidence);
          }
        }
        if (found.size > 0) rows.add(row.row);
      },
      finish() {
        const findings: Finding[] = [];
        for (const kind of active) {
          const collector = collectors.get(kind.kind)!;
          findings.push(
            ...collector.finding('pii', kind.severity, rowsText(collector.count, kind.text), {
              kind: kind.kind,
              redacted: true,
            }),
          );
        }
        return { findings, affected: { pii: rows.size } };
      },
    };
  },
};
