import { describe, expect, it } from 'vitest';
import { projectConfigSchema } from './config.js';
import { economicsSchema } from './config-economics.js';

describe('economics: in fixfirst.yaml', () => {
  it('accepts the DESIGN example and a horizon', () => {
    expect(
      economicsSchema.parse({
        requests_per_month: 300000,
        value_per_point_per_month: 800,
        horizon_months: 6,
      }),
    ).toEqual({
      requests_per_month: 300000,
      value_per_point_per_month: 800,
      horizon_months: 6,
    });
  });
  it('is checked as part of the whole config, with its path', () => {
    const parsed = projectConfigSchema.safeParse({ eval: 'e.jsonl', economics: { requests_per_month: -1 } });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(['economics', 'requests_per_month']);
  });
  it('rejects absurd figures and unknown keys', () => {
    expect(economicsSchema.safeParse({ horizon_months: 1000 }).success).toBe(false);
    expect(economicsSchema.safeParse({ prompt: { cached_share: 2 } }).success).toBe(false);
    expect(economicsSchema.safeParse({ prices: { 'openai:gpt-4.1': { input: 99_999 } } }).success).toBe(
      false,
    );
    expect(economicsSchema.safeParse({ request_per_month: 10 }).success).toBe(false);
  });
  it('accepts epochs as auto or a count, and explicit prices', () => {
    const parsed = economicsSchema.parse({
      training: { epochs: 'auto', iterations: 5 },
      prices: { 'anthropic:claude-haiku-4-5': { input: 1, output: 5 } },
    });
    expect(parsed.training?.epochs).toBe('auto');
  });
});
