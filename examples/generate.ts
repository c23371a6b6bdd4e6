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
import { profiles, supportBot } from './generator/profiles.js';
import { renderIndex } from './generator/readme.js';

/** The embedded default example at any size (the benchmarks make a 100,000-item eval set with it). */
export function generateSupportBot(overrides: GenerateOverrides = {}): GeneratedExample {
  return generateExample(supportBot, overrides);
}

/** Writes one generated example folder under `root`, replacing what was there. Returns the paths written. */
export function writeExample(root: string, generated: GeneratedExample): string[] {
  const folder = join(root, generated.profile.name);
  rmSync(folder, { recursive: true, force: true });
  const written: string[] = [];
  for (const [path, content] of renderExampleFiles(generated)) {
    const target = join(folder, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
    written.push(target);
  }
  return written;
}

/** Writes every example folder under `root`, and the index README.md listing them. */
export function writeAllExamples(root: string): string[] {
  const generated = profiles.map((profile) => generateExample(profile));
  const written = generated.flatMap((example) => writeExample(root, example));
  const index = join(root, 'README.md');
  writeFileSync(index, renderIndex(generated));
  return [...written, index];
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const root = resolve(process.argv[2] ?? dirname(fileURLToPath(import.meta.url)));
  const written = writeAllExamples(root);
  console.log(`wrote ${written.length} files in ${profiles.length} examples under ${root}`);
}
