/**
 * Regenerates every example folder byte for byte from its seed:
 *   npx tsx examples/generate.ts            (writes examples/<name>/)
 *   npx tsx examples/generate.ts OUT_DIR    (writes OUT_DIR/<name>/, e.g. to compare)
 * The library functions live in examples/generator/; benchmarks use `generateSupportBot`.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type GeneratedExample, type GenerateOverrides, generateExample } from './generator/example.js';
import { renderExampleFiles } from './generator/example-files.js';
import { type ExampleProfile, profiles, supportBot } from './generator/profiles.js';

/** The embedded default example at any size (the benchmarks make a 100,000-item eval set with it). */
export function generateSupportBot(overrides: GenerateOverrides = {}): GeneratedExample {
  return generateExample(supportBot, overrides);
}

/** Writes one example folder under `root`, replacing what was there. Returns the paths written. */
export function writeExample(root: string, profile: ExampleProfile): string[] {
  const folder = join(root, profile.name);
  rmSync(folder, { recursive: true, force: true });
  const written: string[] = [];
  for (const [path, content] of renderExampleFiles(generateExample(profile))) {
    const target = join(folder, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
    written.push(target);
  }
  return written;
}

/** Writes every example folder under `root`. */
export function writeAllExamples(root: string): string[] {
  return profiles.flatMap((profile) => writeExample(root, profile));
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const root = resolve(process.argv[2] ?? dirname(fileURLToPath(import.meta.url)));
  const written = writeAllExamples(root);
  console.log(`wrote ${written.length} files in ${profiles.length} examples under ${root}`);
}
