import { describe, expect, it } from 'vitest';
import type { EvalCase } from '../../core/eval-case.js';
import type { ItemResult } from '../../core/report/item-result.js';
import { buildItemData, clipLength, itemTextsFromCases } from './item-data.js';

const item = (id: string, overrides: Partial<ItemResult> = {}): ItemResult => ({
  id,
  line: 3,
  class: 'mixed',
  foundation: true,
  correctStrict: false,
  correctLenient: false,
  contractMet: false,
  contractMetLoose: true,
  score: 0,
  scoreDetail: 'expected "bug"',
  checks: [
    { check: 'json', category: 'format', pass: false, passLoose: true, detail: 'not valid JSON' },
    { check: 'max_words', category: 'length', pass: true, passLoose: true },
  ],
  goldInContext: false,
  tags: { segment: 'smb' },
  ...overrides,
});

const evalCase = (id: string, overrides: Partial<EvalCase> = {}): EvalCase => ({
  id,
  input: 'question',
  reference: { label: 'bug' },
  output: 'answer',
  contexts: undefined,
  goldIds: undefined,
  contract: [],
  tags: {},
  line: 1,
  ...overrides,
});

describe('itemTextsFromCases', () => {
  it('renders chat inputs with their roles and JSON references pretty-printed', () => {
    const texts = itemTextsFromCases([
      evalCase('a', {
        input: [
          { role: 'system', content: 'Be brief.' },
          { role: 'user', content: 'Hi' },
        ],
      }),
      evalCase('b', { reference: undefined, output: undefined }),
    ]);
    expect(texts.get('a')).toEqual({
      input: '[system]\nBe brief.\n\n[user]\nHi',
      output: 'answer',
      reference: '{\n  "label": "bug"\n}',
    });
    expect(texts.get('b')).toEqual({ input: 'question', output: '', reference: '' });
  });
});

describe('buildItemData', () => {
  it('writes each item as the documented tuple, with a shared check dictionary', () => {
    const { items: data, texts } = buildItemData(
      [item('x'), item('y', { class: 'pass', foundation: false, checks: [], tags: {} })],
      undefined,
    );
    expect(texts).toBeNull();
    expect(data.checks).toEqual([
      { id: 'json', category: 'format' },
      { id: 'max_words', category: 'length' },
    ]);
    expect(data.texts).toBe(false);
    expect(data.items[0]).toEqual([
      'x',
      3,
      3,
      1 | 16,
      0,
      0,
      'expected "bug"',
      [[0, 1, 'not valid JSON']],
      1,
      { segment: 'smb' },
    ]);
    expect(data.items[1]![2]).toBe(0);
    expect(data.items[1]![9]).toBe(0);
  });

  it('puts the texts in their own rows, aligned with the items, clipping the long ones and flagging which were clipped', () => {
    const texts = new Map([['x', { input: 'short', output: 'o'.repeat(50), reference: 'r' }]]);
    const data = buildItemData([item('x'), item('unknown')], texts, { textLength: 10, textBudget: 1000 });
    expect(data.items.texts).toBe(true);
    expect(data.items.clippedAt).toBe(10);
    expect(data.items.items[0]).toHaveLength(10);
    expect(data.texts).toEqual([
      ['short', `${'o'.repeat(10)}…`, 'r', 2],
      ['', '', '', 0],
    ]);
  });
});

describe('clipLength', () => {
  it('keeps the per-text limit when the budget allows it', () => {
    expect(clipLength([100, 5000, 20], { textLength: 3000, textBudget: 10_000 })).toBe(3000);
  });

  it('finds the largest limit whose clipped total fits the budget', () => {
    const lengths = Array.from({ length: 100 }, () => 1000);
    expect(clipLength(lengths, { textLength: 3000, textBudget: 50_000 })).toBe(500);
  });

  it('never clips below 200 characters', () => {
    expect(clipLength([10_000, 10_000], { textLength: 3000, textBudget: 10 })).toBe(200);
  });
});
