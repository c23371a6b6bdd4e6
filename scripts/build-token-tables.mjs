// Build step (after tsc): writes the token tables that dist/tokenizer/load-token-counter.js reads,
// from gpt-tokenizer's rank lists, so a run loads a flat file instead of gpt-tokenizer's encoder.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const { encodeBpeTable } = await import('../dist/tokenizer/bpe-table.js');
const { tableUrl } = await import('../dist/tokenizer/load-token-counter.js');
for (const encoding of ['o200k_base', 'cl100k_base']) {
  const ranks = (await import(`gpt-tokenizer/bpeRanks/${encoding}`)).default;
  const path = fileURLToPath(tableUrl(encoding));
  mkdirSync(new URL('.', tableUrl(encoding)), { recursive: true });
  writeFileSync(path, encodeBpeTable(ranks));
}
