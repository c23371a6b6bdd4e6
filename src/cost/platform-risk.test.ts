import { describe, expect, it } from 'vitest';
import { defaultPriceCatalog } from './default-price-catalog.js';
import { addMonths, assessPlatformRisk, daysBetween } from './platform-risk.js';

const catalog = defaultPriceCatalog();
const model = (id: string) => ({ id, provider: id.slice(0, id.indexOf(':')) });

describe('dates', () => {
  it('counts days between two days', () => {
    expect(daysBetween('2026-11-30', '2027-01-06')).toBe(37);
    expect(daysBetween('2026-11-30', '2026-10-23')).toBe(-38);
  });
  it('adds months of 30.4375 days', () => {
    expect(addMonths('2026-11-30', 12)).toBe('2027-11-30');
    expect(addMonths('2026-11-30', 1)).toBe('2026-12-30');
  });
});

describe('assessPlatformRisk on 2026-11-30', () => {
  it('gpt-4.1-mini: jobs stop for everyone on 2027-01-06 and the fine-tune retires on 2027-01-14 (secondary), a forced migration', () => {
    const risk = assessPlatformRisk({
      catalog,
      fineTuneModel: model('openai:gpt-4.1-mini'),
      baseModel: model('openai:gpt-4.1-mini'),
      today: '2026-11-30',
      horizonMonths: 12,
    });
    expect(risk.closed).toBeNull();
    expect(risk.lastTrainingDay).toBe('2027-01-06');
    expect(risk.fineTuneRetires).toBe('2027-01-14');
    expect(risk.warnings.join('\n')).toContain('in 37 days');
    expect(risk.warnings.join('\n')).toContain('secondary source');
    // The May and July 2026 restrictions are already in effect.
    expect(risk.warnings.join('\n')).toContain('since 2026-05-07');
  });
  it('the 2027 retirement is not counted when the horizon ends before it', () => {
    const risk = assessPlatformRisk({
      catalog,
      fineTuneModel: model('openai:gpt-4o-mini'),
      baseModel: undefined,
      today: '2026-11-30',
      horizonMonths: 0.5,
    });
    expect(risk.fineTuneRetires).toBeNull();
    expect(risk.events.find((event) => event.date === '2027-01-14')?.status).toBe('after_horizon');
  });
  it('gpt-4.1-nano fine-tuning is already closed (shut down 2026-10-23)', () => {
    const risk = assessPlatformRisk({
      catalog,
      fineTuneModel: model('openai:gpt-4.1-nano'),
      baseModel: undefined,
      today: '2026-11-30',
      horizonMonths: 12,
    });
    expect(risk.closed).toContain('since 2026-10-23');
  });
  it('from 2027-01-06 every OpenAI model is closed to new fine-tuning jobs', () => {
    const risk = assessPlatformRisk({
      catalog,
      fineTuneModel: model('openai:gpt-4.1'),
      baseModel: undefined,
      today: '2027-01-06',
      horizonMonths: 12,
    });
    expect(risk.closed).toContain('Active existing customers');
  });
  it('Cohere and Mistral fine-tuning are deprecated', () => {
    const cohere = assessPlatformRisk({
      catalog,
      fineTuneModel: model('cohere:fine-tuning'),
      baseModel: undefined,
      today: '2026-11-30',
      horizonMonths: 12,
    });
    expect(cohere.closed).toContain('deprecated');
    const mistral = assessPlatformRisk({
      catalog,
      fineTuneModel: model('mistral:fine-tuning'),
      baseModel: undefined,
      today: '2026-11-30',
      horizonMonths: 12,
    });
    expect(mistral.closed).toContain('no date given');
  });
  it('an open-weight path has no platform events; a retiring base model is still flagged for the prompt path', () => {
    const risk = assessPlatformRisk({
      catalog,
      fineTuneModel: model('self-hosted:llama-3.1-8b-lora'),
      baseModel: model('openai:gpt-4o'),
      today: '2026-11-30',
      horizonMonths: 12,
    });
    expect(risk.closed).toBeNull();
    expect(risk.fineTuneRetires).toBeNull();
    expect(risk.baseRetires).toBe('2027-01-14');
    expect(risk.events.every((event) => event.affects === 'base')).toBe(true);
  });
});
