import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { dataAudits } from './index.js';

const folder = fileURLToPath(new URL('.', import.meta.url));
const readme = readFileSync(fileURLToPath(new URL('../../../README.md', import.meta.url)), 'utf8');
const section = readme.slice(
  readme.indexOf('<!-- section: data-audit -->'),
  readme.indexOf('<!-- /section: data-audit -->'),
);

describe('data audit structure (one audit = one file + one test + one registry line + docs)', () => {
  it('every registered audit has its file, named after its id, and a colocated test', async () => {
    for (const audit of dataAudits) {
      const file = `${audit.id.replaceAll('_', '-')}.ts`;
      expect(existsSync(`${folder}${file}`), file).toBe(true);
      expect(existsSync(`${folder}${file.replace('.ts', '.test.ts')}`), `${file} test`).toBe(true);
      const module = (await import(`./${file.replace('.ts', '.js')}`)) as Record<string, unknown>;
      expect(Object.values(module), audit.id).toContain(audit);
    }
  });

  it('ids are unique snake_case, codes are unique across audits, and every audit says what and where from', () => {
    const ids = dataAudits.map((audit) => audit.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(_[a-z]+)*$/);
    const codes = dataAudits.flatMap((audit) => audit.codes);
    expect(new Set(codes).size).toBe(codes.length);
    for (const audit of dataAudits) {
      expect(audit.summary.length, audit.id).toBeGreaterThan(20);
      expect(audit.source, audit.id).toMatch(/data\.md|DESIGN/);
    }
  });

  it('every finding code and audit id is documented in README "Data audit"', () => {
    for (const audit of dataAudits) {
      for (const code of audit.codes) expect(section, code).toContain(`\`${code}\``);
      expect(section, audit.id).toContain(audit.id);
    }
  });
});
