import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { scorers } from './index.js';

const folder = new URL('./', import.meta.url);
const sourceFiles = readdirSync(folder).filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'));
const scorerFiles = sourceFiles.filter((name) =>
  /\bdefineScorer\(/.test(readFileSync(new URL(name, folder), 'utf8')),
);
const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
const readmeSection =
  /<!-- section: scorers -->([\s\S]*?)<!-- \/section: scorers -->/.exec(readme)?.[1] ?? '';

describe('scorer folder structure', () => {
  it('finds the scorer files', () => {
    expect(scorerFiles.length).toBeGreaterThan(0);
  });

  it.each(scorerFiles)('%s is registered under its file name, with a colocated test', async (file) => {
    const id = file.replace(/\.ts$/, '');
    const module = (await import(new URL(file, folder).href)) as Record<string, unknown>;
    const defined = Object.values(module).filter((value) => scorers.includes(value as never));
    expect(defined.map((scorer) => (scorer as { id: string }).id)).toEqual([id]);
    expect(existsSync(new URL(`${id}.test.ts`, folder))).toBe(true);
  });

  it('every registered scorer has its own file, and ids are unique', () => {
    const ids = scorers.map((scorer) => scorer.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(scorerFiles).toContain(`${id}.ts`);
  });

  it.each(scorers.map((scorer) => [scorer.id, scorer] as const))('%s documents itself', (_id, scorer) => {
    for (const text of [
      scorer.summary,
      scorer.strict,
      scorer.lenient,
      scorer.whenToUse,
      scorer.whenNotToUse,
    ]) {
      expect(text.trim().length).toBeGreaterThan(10);
    }
    const schema = z.toJSONSchema(scorer.params, { io: 'input', unrepresentable: 'any' }) as {
      properties?: Record<string, { description?: string }>;
    };
    for (const [name, property] of Object.entries(schema.properties ?? {})) {
      expect(property.description, `parameter ${name} needs .describe()`).toBeTruthy();
    }
  });

  it.each(scorers.map((scorer) => [scorer.id, scorer] as const))(
    '%s rejects unknown parameters',
    (_id, scorer) => {
      const parsed = scorer.params.safeParse({ not_a_parameter: 1 });
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues.some((issue) => issue.code === 'unrecognized_keys')).toBe(true);
    },
  );

  it.each(scorers.map((scorer) => scorer.id))('README scorer section lists %s', (id) => {
    expect(readmeSection).toContain(`\`${id}\``);
  });
});
