import { readFileSync } from 'node:fs';
import cl100kRanks from 'gpt-tokenizer/bpeRanks/cl100k_base';
import o200kRanks from 'gpt-tokenizer/bpeRanks/o200k_base';
import { describe, expect, it } from 'vitest';
import { encodeBpeTable, type RankList } from '../src/tokenizer/bpe-table.js';
import { repoRoot } from './helpers/run-cli.js';

describe('the token tables the build writes (scripts/build-token-tables.mjs)', () => {
  it.each([
    ['o200k_base', o200kRanks],
    ['cl100k_base', cl100kRanks],
  ])('%s is gpt-tokenizer’s rank list, byte for byte', (encoding, ranks) => {
    const built = readFileSync(`${repoRoot}dist/tokenizer/tables/${encoding}.bin`);
    expect(Buffer.compare(built, encodeBpeTable(ranks as RankList))).toBe(0);
  });
});
