import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { checkCategories } from '../../core/check.js';
import { checkAliases, contractChecks } from './index.js';

const folder = fileURLToPath(new URL('.', import.meta.url));
const readme = readFileSync(fileURLToPath(new URL('../../../README.md', import.meta.url)), 'utf8');
const checkFiles = readdirSync(folder).filter(
  (name) => name.endsWith('.ts') && !name.endsWith('.test.ts') && name !== 'index.ts',
);
const kebab = (id: string) => id.replaceAll('_', '-');

/** README text between the markers of one section. */
function readmeSection(name: string): string {
  const start = readme.indexOf(`<!-- section: ${name} -->`);
  const end = readme.indexOf(`<!-- /section: ${name} -->`);
  return start >= 0 && end > start ? readme.slice(start, end) : '';
}

function describedParameters(schema: z.ZodType): { name: string; description: string | undefined }[] {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as {
    properties?: Record<string, { description?: string }>;
  };
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    description: property.description,
  }));
}

describe('contract check structure (one check = one file + one test + one registry line + docs)', () => {
  it('every file in src/checks/contract/ exports exactly one registered check named after it', async () => {
    for (const file of checkFiles) {
      const module = (await import(`./${file}`)) as Record<string, unknown>;
      const exported = Object.values(module).filter((value) => contractChecks.includes(value as never));
      expect(exported, file).toHaveLength(1);
      expect(`${kebab((exported[0] as { id: string }).id)}.ts`, file).toBe(file);
    }
  });

  it('every registered check has its file and a colocated test', () => {
    for (const check of contractChecks) {
      expect(checkFiles, check.id).toContain(`${kebab(check.id)}.ts`);
      expect(existsSync(`${folder}${kebab(check.id)}.test.ts`), `${check.id} test`).toBe(true);
    }
  });

  it('ids are snake_case and unique, across checks and aliases', () => {
    const ids = [...contractChecks.map((check) => check.id), ...checkAliases.map((alias) => alias.id)];
    expect(new Set(ids).size).toBe(ids.length);
    for (const check of contractChecks) expect(check.id).toMatch(/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/);
  });

  it('every check declares a valid category and its docs', () => {
    for (const check of contractChecks) {
      expect(checkCategories, check.id).toContain(check.category);
      for (const text of [check.summary, check.whenToUse, check.whenNotToUse]) {
        expect(text.length, check.id).toBeGreaterThan(20);
      }
    }
  });

  it('parameters are a strict object with every parameter described', () => {
    for (const check of contractChecks) {
      expect(check.params.safeParse({ __unknown__: 1 }).success, `${check.id} rejects unknown keys`).toBe(
        false,
      );
      for (const { name, description } of describedParameters(check.params)) {
        expect(description, `${check.id}.${name}`).toBeTruthy();
      }
    }
  });

  it('aliases point at registered checks, are documented, and describe their parameters', () => {
    const ids = new Set(contractChecks.map((check) => check.id));
    for (const alias of checkAliases) {
      expect(alias.targets.length, alias.id).toBeGreaterThan(0);
      for (const target of alias.targets) expect(ids.has(target), `${alias.id} → ${target}`).toBe(true);
      expect(alias.summary.length, alias.id).toBeGreaterThan(10);
      for (const { name, description } of describedParameters(alias.params)) {
        expect(description, `${alias.id}.${name}`).toBeTruthy();
      }
    }
  });

  it('all 25 IFEval instruction ids are accepted', () => {
    const ifeval = checkAliases.filter((alias) => alias.id.includes(':')).map((alias) => alias.id);
    expect(ifeval).toHaveLength(25);
  });

  it('README lists every check and alias in its checks / ifeval sections', () => {
    const checks = readmeSection('checks');
    for (const check of contractChecks) expect(checks, check.id).toContain(`\`${check.id}\``);
    const ifeval = readmeSection('ifeval');
    for (const alias of checkAliases) expect(ifeval, alias.id).toContain(`\`${alias.id}\``);
  });
});
