/**
 * Large generated projects for benchmarks (not a benchmark itself: no `.bench.ts` suffix).
 * `writeBenchmarkProject({dir, items: 100_000})` writes a support-bot project with that many eval
 * items, made by the same seeded generator as examples/support-bot, in the same proportions.
 */
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { generateSupportBot } from '../examples/generate.js';
import { supportBot } from '../examples/generator/profiles.js';
import { renderConfig, renderSchema } from '../examples/generator/project-config.js';

/** What to write. */
export interface BenchmarkProjectOptions {
  /** Folder to write the project into (created if missing). */
  dir: string;
  /** Eval items (support-bot has 400). */
  items: number;
  /** Default: support-bot's seed. */
  seed?: number;
  /** Training rows (before planted insertions); default 0: no training set. */
  trainRows?: number;
  /** Context passage text; default `full`, as in support-bot. */
  contextText?: 'full' | 'title';
}

/** What was written. */
export interface BenchmarkProject {
  dir: string;
  items: number;
  evalBytes: number;
}

function writeFile(path: string, rows: Iterable<string>): number {
  mkdirSync(dirname(path), { recursive: true });
  const descriptor = openSync(path, 'w');
  let bytes = 0;
  let buffer = '';
  try {
    for (const row of rows) {
      buffer += row;
      if (buffer.length > 1 << 20) {
        bytes += writeSync(descriptor, buffer);
        buffer = '';
      }
    }
    bytes += writeSync(descriptor, buffer);
  } finally {
    closeSync(descriptor);
  }
  return bytes;
}

/** Writes a support-bot project with `items` eval items; the eval file is streamed, never held as one string. */
export function writeBenchmarkProject(options: BenchmarkProjectOptions): BenchmarkProject {
  const trainRows = options.trainRows ?? 0;
  const generated = generateSupportBot({
    items: options.items,
    trainRows,
    ...(options.seed === undefined ? {} : { seed: options.seed }),
    contextText: options.contextText ?? 'full',
  });
  const profile = trainRows === 0 ? { ...supportBot, train: undefined } : supportBot;
  writeFile(join(options.dir, 'fixfirst.yaml'), [renderConfig(profile)]);
  writeFile(join(options.dir, 'schema.json'), [renderSchema()]);
  writeFile(join(options.dir, 'prompts/system.md'), [profile.systemPrompt]);
  const evalBytes = writeFile(
    join(options.dir, 'data/eval.jsonl'),
    generated.evalItems.map((item) => `${JSON.stringify(item.row)}\n`),
  );
  if (generated.trainEntries !== undefined) {
    writeFile(
      join(options.dir, 'data/train.jsonl'),
      generated.trainEntries.map((entry) => `${JSON.stringify(entry.row)}\n`),
    );
  }
  return { dir: options.dir, items: options.items, evalBytes };
}
