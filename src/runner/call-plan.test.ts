import { describe, expect, it } from 'vitest';
import { countStep, planCalls, renderCap, renderPlan } from './call-plan.js';

const requests = Array.from({ length: 10 }, (_, index) => ({
  prompt: [{ role: 'user' as const, content: `question ${index}` }],
  maxOutputTokens: 100,
}));
const countTokens = (text: string) => text.split(' ').length;
const timing = { concurrency: 2, latencyMs: 1000, latencyBasis: 'assumed' };
const price = { inputUsdPerMillion: 1_000_000, outputUsdPerMillion: 1_000_000, source: 'test prices' };

describe('planCalls and its rendering', () => {
  it('counts calls, tokens, dollars and time, with cached calls free', () => {
    const step = countStep('baseline', requests, countTokens, (request) => request === requests[0]);
    const plan = planCalls([step], { countTokens, price, timing });
    expect(plan).toMatchObject({ calls: 9, cached: 1, inputTokens: 9 * 6, outputTokensMax: 900 });
    expect(plan.usdMax).toBeCloseTo(954, 6);
    expect(plan.seconds).toBeCloseTo(4.5, 6);
    expect(renderPlan(plan).join('\n')).toContain('dollars: at most $954.00');
  });
});

describe('renderCap', () => {
  const plan = planCalls([countStep('baseline', requests, countTokens)], { countTokens, price, timing });
  it('says there is no cap', () => {
    expect(renderCap(plan, undefined, 'openai:m')).toContain('cap: none');
  });
  it('says the real run will refuse when no price is known, and how to fix it', () => {
    const unpriced = planCalls([countStep('baseline', requests, countTokens)], {
      countTokens,
      price: undefined,
      timing,
    });
    expect(renderCap(unpriced, { usd: 5, source: '--max-cost' }, 'openai:m')).toBe(
      '  cap: $5 (--max-cost) — the real run will refuse to start: no price is known for openai:m, so the cap cannot be enforced; set live.prices {input_usd_per_million_tokens, output_usd_per_million_tokens} in fixfirst.yaml',
    );
  });
  it('says when the at-most cost exceeds the cap, and when it fits', () => {
    expect(renderCap(plan, { usd: 100, source: 'live.max_cost' }, 'openai:m')).toBe(
      '  cap: $100 (live.max_cost) — below the at-most cost $1060.00: the run stops (exit 6) as soon as a call could cross the cap, keeping the calls made until then',
    );
    expect(renderCap(plan, { usd: 2000, source: '--max-cost' }, 'openai:m')).toBe(
      '  cap: $2000 (--max-cost): the at-most cost $1060.00 fits; calls are refused before they could cross it',
    );
  });
});
