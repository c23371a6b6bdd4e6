import { existsSync, readFileSync } from 'node:fs';
import type { TokenCounter } from '../core/data-audit.js';
import { importModule } from '../core/import-module.js';
import { BpeCounter } from './bpe-counter.js';
import { BpeTable, encodeBpeTable, type RankList } from './bpe-table.js';

/** Encodings fixfirst can count with (both ship inside gpt-tokenizer: no download). */
export type EncodingName = 'o200k_base' | 'cl100k_base';

/**
 * Where the build writes an encoding's table (scripts/build-token-tables.mjs): dist/tokenizer/tables/,
 * found from this module in dist/tokenizer/ and from the CLI bundle's chunks in dist/bundle/ alike.
 */
export function tableUrl(encoding: EncodingName): URL {
  return new URL(`../tokenizer/tables/${encoding}.bin`, import.meta.url);
}

async function readTable(encoding: EncodingName): Promise<BpeTable> {
  const url = tableUrl(encoding);
  if (existsSync(url)) return new BpeTable(readFileSync(url));
  // Run from the TypeScript sources (tests, tsx) there is no built table: make one in memory.
  const ranks = (
    encoding === 'cl100k_base'
      ? await importModule<typeof import('gpt-tokenizer/bpeRanks/cl100k_base')>(
          'gpt-tokenizer/bpeRanks/cl100k_base',
        )
      : await importModule<typeof import('gpt-tokenizer/bpeRanks/o200k_base')>(
          'gpt-tokenizer/bpeRanks/o200k_base',
        )
  ).default as RankList;
  return new BpeTable(encodeBpeTable(ranks));
}

const loaded = new Map<EncodingName, Promise<TokenCounter>>();

/**
 * A counter with gpt-tokenizer's counts for `encoding` (special-token text counted as plain
 * text), loaded once per process: the table the build wrote is read in a few milliseconds, where
 * building gpt-tokenizer's own encoder takes about half a second of CPU.
 */
export function loadTokenCounter(encoding: EncodingName = 'o200k_base'): Promise<TokenCounter> {
  let counter = loaded.get(encoding);
  if (counter === undefined) {
    counter = (async () => {
      const { CL100K_TOKEN_SPLIT_REGEX, O200K_TOKEN_SPLIT_REGEX } = await import(
        'gpt-tokenizer/encodingParams/constants'
      );
      const bpe = new BpeCounter(
        await readTable(encoding),
        encoding === 'cl100k_base' ? CL100K_TOKEN_SPLIT_REGEX : O200K_TOKEN_SPLIT_REGEX,
      );
      return { encoding, count: (text: string) => bpe.count(text) };
    })();
    loaded.set(encoding, counter);
  }
  return counter;
}
