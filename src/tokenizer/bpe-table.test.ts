import o200kRanks from 'gpt-tokenizer/bpeRanks/o200k_base';
import o200k from 'gpt-tokenizer/encoding/o200k_base';
import { describe, expect, it } from 'vitest';
import { BpeTable, encodeBpeTable, noRank, type RankList } from './bpe-table.js';

/** gpt-tokenizer's own lookups, the reference (an internal of its encoder, read for the test only). */
const core = (
  o200k as unknown as {
    bytePairEncodingCoreProcessor: {
      getBpeRankFromBytes(bytes: Uint8Array): number | undefined;
      getBpeRankFromString(text: string): number | undefined;
    };
  }
).bytePairEncodingCoreProcessor;
const ranks = o200kRanks as RankList;
const table = new BpeTable(encodeBpeTable(ranks));
const bytesOf = (entry: string | readonly number[]) =>
  typeof entry === 'string' ? new TextEncoder().encode(entry) : Uint8Array.from(entry);

/** Byte sequences to look up: every raw entry, a stride of the others, random pairs and triples. */
function keys(): Uint8Array[] {
  const found: Uint8Array[] = [];
  for (const [rank, entry] of ranks.entries())
    if (typeof entry !== 'string' || rank % 97 === 0) found.push(bytesOf(entry));
  let state = 11;
  for (let index = 0; index < 5000; index++) {
    const key = new Uint8Array(2 + (index % 2));
    for (let position = 0; position < key.length; position++) {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      key[position] = state >>> 24;
    }
    found.push(key);
  }
  // Byte-order-mark prefixes: valid UTF-8, so gpt-tokenizer decodes them and drops the mark.
  found.push(Uint8Array.of(0xef, 0xbb, 0xbf), Uint8Array.of(0xef, 0xbb, 0xbf, 0x75, 0x73, 0x69, 0x6e, 0x67));
  return found;
}

describe('BpeTable', () => {
  it('holds every rank of o200k_base', () => {
    expect(table.size).toBe(ranks.length);
  });

  it('finds merge ranks exactly as gpt-tokenizer does (raw bytes, UTF-8, byte-order marks)', () => {
    const differences = keys()
      .map((key) => ({
        key: [...key],
        rank: table.mergeRank(key, 0, key.length),
        expected: core.getBpeRankFromBytes(key) ?? noRank,
      }))
      .filter((entry) => entry.rank !== entry.expected);
    expect(differences).toEqual([]);
    // The byte-order-mark rule is exercised: "\ufeffusing" is found as "using".
    const marked = Uint8Array.of(0xef, 0xbb, 0xbf, 0x75, 0x73, 0x69, 0x6e, 0x67);
    expect(table.mergeRank(marked, 0, marked.length)).toBe(core.getBpeRankFromString('using'));
  });

  it('finds whole pieces only among the string ranks', () => {
    for (const [rank, entry] of ranks.entries()) {
      if (rank % 101 !== 0 && typeof entry === 'string') continue;
      const key = bytesOf(entry);
      expect(table.pieceRank(key, 0, key.length)).toBe(typeof entry === 'string' ? rank : noRank);
    }
    const missing = new TextEncoder().encode('zzzqqqxxxjjj');
    expect(table.pieceRank(missing, 0, missing.length)).toBe(noRank);
  });

  it('looks keys up inside a larger buffer', () => {
    const buffer = new TextEncoder().encode('## hello ##');
    expect(table.pieceRank(buffer, 2, 8)).toBe(core.getBpeRankFromString(' hello'));
  });

  it('refuses a file in another format', () => {
    expect(() => new BpeTable(new TextEncoder().encode('not a table at all'))).toThrow(
      /not a fixfirst BPE table/,
    );
  });
});
