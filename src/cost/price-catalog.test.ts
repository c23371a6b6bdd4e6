import { describe, expect, it } from 'vitest';
import { problemOf } from '../../test/helpers/problem-of.js';
import { defaultPriceCatalog } from './default-price-catalog.js';
import { parsePriceCatalog } from './parse-price-catalog.js';
import prices from './prices.json' with { type: 'json' };

const clone = (): Record<string, unknown> => structuredClone(prices) as Record<string, unknown>;

/** The error parsing `raw` as a price file raises. */
const catalogProblem = (raw: unknown) => problemOf(() => parsePriceCatalog(raw, 'my-prices.json'));

describe('the shipped price data (src/cost/prices.json)', () => {
  it('passes its schema and every cross-reference resolves', () => {
    const catalog = defaultPriceCatalog();
    expect(catalog.models.length).toBeGreaterThan(20);
    expect(catalog.version).toBe('2026-11-30');
  });
  it('dates and sources every price', () => {
    const catalog = defaultPriceCatalog();
    for (const model of catalog.models) {
      for (const entry of [model.inference, model.fineTuning]) {
        if (entry === null) continue;
        expect(catalog.sources[entry.source], `${model.id} source`).toBeDefined();
        expect(entry.asOf, `${model.id} date`).toMatch(/^(\d{4}-\d{2}(-\d{2})?|undated)$/);
      }
    }
  });
  it('holds the OpenAI prices of evidence-cost.md §4.1 (gpt-4.1-mini: $5 training, 2x inference)', () => {
    const mini = defaultPriceCatalog().models.find((model) => model.id === 'openai:gpt-4.1-mini')!;
    expect(mini.fineTuning?.training).toEqual({ perMillionTokens: 5 });
    expect(mini.inference).toMatchObject({ input: 0.4, cachedInput: 0.1, output: 1.6 });
    expect(mini.fineTuning?.inference).toEqual({ input: 0.8, cachedInput: 0.2, output: 3.2 });
  });
  it('holds the OpenAI shutdown of new fine-tuning jobs for everyone on 2027-01-06', () => {
    const event = defaultPriceCatalog().events.find(
      (entry) => entry.kind === 'no_new_fine_tuning_jobs' && entry.who === 'everyone',
    );
    expect(event).toMatchObject({ date: '2027-01-06', provider: 'openai' });
  });
});

describe('parsePriceCatalog rejects a broken price file, naming the field', () => {
  it('a negative price', () => {
    const raw = clone();
    (raw.models as { inference: { input: number } }[])[1]!.inference.input = -1;
    const error = catalogProblem(raw);
    expect(error.code).toBe('CONFIG_INVALID');
    expect(error.location).toMatchObject({ file: 'my-prices.json', field: 'models[1].inference.input' });
    expect(error.render()).toContain('price data');
  });
  it('an absurd price (over $10,000 per 1M tokens)', () => {
    const raw = clone();
    (raw.models as { fineTuning: { training: unknown } }[])[0]!.fineTuning.training = {
      perMillionTokens: 25_000,
    };
    expect(catalogProblem(raw).location.field).toMatch(/^models\[0\]\.fineTuning\.training/);
  });
  it('a missing field', () => {
    const raw = clone();
    delete (raw.models as { inference: { output?: number } }[])[0]!.inference.output;
    const error = catalogProblem(raw);
    expect(error.location.field).toBe('models[0].inference.output');
  });
  it('a source id that is not in `sources`', () => {
    const raw = clone();
    (raw.gpuOffers as { source: string }[])[0]!.source = 'nowhere';
    const error = catalogProblem(raw);
    expect(error.message).toContain('unknown source "nowhere"');
    expect(error.location.field).toBe('gpuOffers[0].source');
  });
  it('an impossible date', () => {
    const raw = clone();
    (raw.events as { date: string }[])[0]!.date = '2026-02-30';
    expect(catalogProblem(raw).location.field).toBe('events[0].date');
  });
  it('an event naming an unknown model, and a duplicate alias — all problems reported at once', () => {
    const raw = clone();
    (raw.events as { models: string[] }[])[2]!.models.push('openai:gpt-9');
    (raw.models as { aliases: string[] }[])[1]!.aliases.push('gpt-4.1');
    const error = catalogProblem(raw);
    expect(error.total).toBe(2);
  });
  it('not a price file at all', () => {
    expect(catalogProblem({ hello: 'world' }).code).toBe('CONFIG_INVALID');
  });
});
