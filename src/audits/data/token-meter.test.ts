import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditRows, chat, fakeTokenizer, settingsWith } from '../../../test/helpers/audit-harness.js';
import { cleanChatRows } from '../../../test/helpers/training-data.js';
import type { TokenCounter } from '../../core/data-audit.js';
import { silentProgress } from '../../diagnosis/assess-context.js';
import { openTrainingSet } from '../../loaders/training/training-set.js';
import { loadTokenCounter } from '../../tokenizer/load-token-counter.js';
import { runDataAudit } from './run-data-audit.js';
import { defaultEpochs, TokenMeter } from './token-meter.js';
import { encodingForModel } from './tokenizer.js';
import { tooLongAudit } from './too-long.js';

const toy = fileURLToPath(
  new URL('../../../test/fixtures/cookbook/toy_chat_fine_tuning.jsonl', import.meta.url),
);

describe('token counts: the OpenAI cookbook reference figures (data.md §1.5)', () => {
  let cl100k: TokenCounter;
  beforeAll(async () => {
    cl100k = await loadTokenCounter('cl100k_base');
  });

  const audit = async (contextLimit: number) => {
    const settings = settingsWith({ context_limit: contextLimit });
    const source = await openTrainingSet({
      path: toy,
      shownAs: 'toy',
      maxLineBytes: settings.max_line_bytes,
    });
    return runDataAudit({
      source,
      settings,
      tokenizer: cl100k,
      contract: [],
      evalItems: [],
      progress: silentProgress,
    });
  };

  it('reproduces the notebook: per-example and assistant tokens, epochs, billing at the 4,096 cap', async () => {
    const meter = new TokenMeter(settingsWith({ context_limit: 4096 }), cl100k, true);
    const source = await openTrainingSet({ path: toy, shownAs: 'toy', maxLineBytes: 1 << 24 });
    const perExample: number[] = [];
    const assistant: number[] = [];
    await source.scan((row) => {
      const measure = meter.measure(row.example!);
      perExample.push(measure.tokens);
      assistant.push(measure.targetTokens);
    });
    expect(perExample).toEqual([45, 111, 26, 28, 8032]);
    // The cookbook sums every assistant message; the meter counts trained ones, which here are all of them.
    expect(assistant).toEqual([10, 28, 9, 4, 8000]);
    const summary = meter.summary();
    expect(summary.billing.epochs).toBe(20);
    expect(summary.billing.tokensPerEpoch.value).toBe(4306);
    expect(summary.billing.chargedTokens.value).toBe(86_120);
    expect(summary.overLimit).toBe(1);
    expect(summary.counting).toBe('exact');
  });

  it('with the newer 16,385 cap: 8,242 billed per epoch, 164,840 charged, no example over the limit', async () => {
    const result = await audit(16_385);
    expect(result.tokens.billing.tokensPerEpoch.value).toBe(8242);
    expect(result.tokens.billing.chargedTokens.value).toBe(164_840);
    expect(result.tokens.overLimit).toBe(0);
    expect(result.findings.filter((finding) => finding.code === 'format_error')).toEqual([]);
  });

  it('flags the 8,032-token example as too long at the 4,096 cap', async () => {
    const result = await audit(4096);
    const tooLong = result.findings.find((finding) => finding.code === 'too_long')!;
    expect(tooLong.rows).toEqual([5]);
    expect(tooLong.evidence.longest).toBe(8032);
  });
});

describe('epochs (cookbook rule)', () => {
  const settings = settingsWith();
  it.each([
    [5, 20],
    [33, 3],
    [34, 3],
    [1000, 3],
    [8333, 3],
    [8334, 2],
    [30_000, 1],
    [1, 25],
  ])('%i examples -> %i epochs', (n, epochs) => {
    expect(defaultEpochs(n, settings)).toBe(epochs);
  });
});

describe('sampled counting', () => {
  it('estimates the total within its 95% interval and counts long rows exactly', async () => {
    const rows = cleanChatRows(3000, 61);
    rows[2500]!.messages[1]!.content = 'x '.repeat(5000);
    const settings = settingsWith({ tokens: { exact_up_to: 500, sample: 300 }, context_limit: 2000 });
    const sampled = await auditRows(rows, { settings, audits: [tooLongAudit] });
    const exact = await auditRows(rows, { settings, audits: [tooLongAudit], exactTokens: true });
    expect(sampled.tokens.counting).toBe('sampled');
    expect(exact.tokens.counting).toBe('exact');
    const truth = exact.tokens.total.value;
    expect(sampled.tokens.total.low).toBeLessThanOrEqual(truth);
    expect(sampled.tokens.total.high).toBeGreaterThanOrEqual(truth);
    expect(sampled.tokens.total.kind).toBe('estimate');
    expect(sampled.tokens.exactRows).toBeLessThan(1000);
    // The long row is over the limit either way, counted exactly.
    expect(sampled.findings.map((finding) => finding.rows)).toEqual([[2501]]);
    expect(sampled.tokens.overLimit).toBe(exact.tokens.overLimit);
  });

  it('counts short targets exactly so near-empty targets never rest on an estimate', () => {
    const meter = new TokenMeter(settingsWith({ tokens: { exact_up_to: 0 } }), fakeTokenizer, false);
    const example = {
      row: 1,
      format: 'chat' as const,
      messages: chat('hello', 'ok').messages.map((m) => ({
        ...m,
        toolCalls: undefined,
        trained: m.role === 'assistant',
      })),
      targetIndex: 1,
      tools: undefined,
    };
    expect(meter.measure(example).targetTokens).toBe(1);
  });
});

describe('tokenizer choice', () => {
  it('picks cl100k_base for GPT-3.5/GPT-4 and o200k_base for GPT-4o and unknown models', async () => {
    expect(await encodingForModel('gpt-3.5-turbo')).toEqual({ encoding: 'cl100k_base', known: true });
    expect(await encodingForModel('openai:gpt-4')).toEqual({ encoding: 'cl100k_base', known: true });
    expect((await encodingForModel('gpt-4o-mini')).encoding).toBe('o200k_base');
    expect(await encodingForModel('ollama:llama3')).toEqual({ encoding: 'o200k_base', known: false });
  });
});
