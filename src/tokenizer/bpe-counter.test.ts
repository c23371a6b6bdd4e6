import { readFileSync } from 'node:fs';
import { countTokens as cl100kCount } from 'gpt-tokenizer/encoding/cl100k_base';
import { countTokens as o200kCount } from 'gpt-tokenizer/encoding/o200k_base';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TokenCounter } from '../core/data-audit.js';
import { BpeCounter } from './bpe-counter.js';
import { BpeTable, encodeBpeTable, type RankList } from './bpe-table.js';
import { loadTokenCounter } from './load-token-counter.js';

const plainText = { disallowedSpecial: new Set<string>() };
const references = {
  o200k_base: (text: string) => (text === '' ? 0 : o200kCount(text, plainText)),
  cl100k_base: (text: string) => (text === '' ? 0 : cl100kCount(text, plainText)),
};

/** Every string in the support-bot training set (ticket text, JSON replies, code fences, names). */
function exampleTexts(): string[] {
  const texts: string[] = [];
  const collect = (value: unknown): void => {
    if (typeof value === 'string') texts.push(value);
    else if (value !== null && typeof value === 'object')
      for (const inner of Object.values(value)) collect(inner);
  };
  const file = new URL('../../examples/support-bot/data/train.jsonl', import.meta.url);
  for (const line of readFileSync(file, 'utf8').split('\n').slice(0, 400))
    if (line !== '') collect(JSON.parse(line));
  return texts;
}

/** Edge cases of the merge and of gpt-tokenizer's lookups (byte-order marks, lone surrogates, ...). */
const edgeCases = [
  '',
  ' ',
  'a',
  'hello world',
  '\ufeffusing namespace std;',
  '\ufeff\ufeff',
  'x\ufeff#\ufeff\n\n',
  'lone \ud800 high and \udc00 low surrogates',
  '<|endoftext|> and <|im_start|>user<|im_end|> as plain text',
  'a'.repeat(3000),
  ' '.repeat(500),
  '='.repeat(777),
  '1234567890123',
  "it's THEY'LL we've",
  '日本語のテキストと한국어 그리고 中文',
  'emoji 😀 family 👩‍👩‍👧 flag 🇫🇷',
  'combining e\u0301 and ﬁ ligature, zero\u200bwidth, nbsp\u00a0here',
  'क्षत्रिय and العربية and עברית',
  '\r\n\r\n\t\t  \n',
  'ÿ\u0000\u0001 control',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
];

/** Seeded random strings over an alphabet of troublesome pieces and random code points. */
function randomTexts(count: number): string[] {
  let state = 7;
  const random = () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 4294967296;
  };
  const alphabet = [
    'a',
    'Z',
    ' ',
    '\n',
    '\r\n',
    '\t',
    '12345',
    '日本',
    'ü',
    '\u0301',
    '😀',
    '\ufeff',
    '\ud800',
    '<|endoftext|>',
    "'s",
    '—',
    '٣',
    '$',
    '{"a":',
    '\\',
    'ÿ',
  ];
  return Array.from({ length: count }, (_, index) => {
    let text = '';
    const length = 1 + Math.floor(random() * 40);
    for (let position = 0; position < length; position++) {
      text +=
        index % 2 === 0
          ? alphabet[Math.floor(random() * alphabet.length)]!
          : String.fromCodePoint(Math.floor(random() * (random() < 0.5 ? 0x3000 : 0x110000)));
    }
    return text;
  });
}

describe.each(['o200k_base', 'cl100k_base'] as const)('%s: the same counts as gpt-tokenizer', (encoding) => {
  let counter: TokenCounter;
  beforeAll(async () => {
    counter = await loadTokenCounter(encoding);
  });

  it('names its encoding', () => {
    expect(counter.encoding).toBe(encoding);
  });

  it.each([
    ['the support-bot training set', exampleTexts],
    ['edge cases', () => edgeCases],
    ['2,000 random strings', () => randomTexts(2000)],
  ])('on %s', (_name, texts) => {
    const mismatches = texts()
      .map((text) => ({ text, counted: counter.count(text), expected: references[encoding](text) }))
      .filter((entry) => entry.counted !== entry.expected);
    expect(mismatches).toEqual([]);
  });
});

describe('pieces a split pattern does not cover', () => {
  // A table of the 256 single bytes and "ab"; a pattern of lowercase runs only.
  const ranks: RankList = [...Array.from({ length: 256 }, (_, byte) => [byte]), 'ab'];
  const counter = new BpeCounter(new BpeTable(encodeBpeTable(ranks)), /[a-z]+/);

  it('are skipped, as a global exec loop skips them, and counting goes on after them', () => {
    // "ab" (1), ", " skipped, "ab" (1), "!" skipped, "c" (1), " ?" skipped, "abc" ("ab" + "c": 2).
    expect(counter.count('ab, ab!c ?abc')).toBe(5);
    expect(counter.count('?!')).toBe(0);
  });
});
