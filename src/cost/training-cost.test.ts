import { describe, expect, it } from 'vitest';
import { hostedTrainingRunCost, hourlyTrainingRunCost } from './training-cost.js';

describe('hostedTrainingRunCost', () => {
  it('evidence-cost.md §6.2: 1,000 × 700 tokens × 3 epochs at $5/M (gpt-4.1-mini) = $10.50', () => {
    const run = hostedTrainingRunCost({ tokensPerEpoch: 700_000, epochs: 3, perMillionTokens: 5 });
    expect(run.billedTokens).toBe(2_100_000);
    expect(run.usd).toBeCloseTo(10.5, 10);
  });
  it('reproduces the Fireworks job log: 13.53M billed tokens at $3.00/M = $40.59', () => {
    const run = hostedTrainingRunCost({ tokensPerEpoch: 6_765_000, epochs: 2, perMillionTokens: 3 });
    expect(run.usd).toBeCloseTo(40.59, 10);
  });
  it("reproduces Ori's worked example: 16M tokens at $0.46/M = $7.36, validation tokens included", () => {
    const run = hostedTrainingRunCost({
      tokensPerEpoch: 5_000_000,
      epochs: 3,
      perMillionTokens: 0.46,
      validationTokens: 1_000_000,
      validationPasses: 1,
    });
    expect(run.billedTokens).toBe(16_000_000);
    expect(run.usd).toBeCloseTo(7.36, 10);
  });
  it('charges the minimum per job (Mistral: $4) when the tokens cost less', () => {
    const run = hostedTrainingRunCost({
      tokensPerEpoch: 100_000,
      epochs: 1,
      perMillionTokens: 1,
      minimumPerJob: 4,
    });
    expect(run.usd).toBe(4);
    expect(run.formula).toContain('minimum $4.00 per job');
  });
});

describe('hourlyTrainingRunCost', () => {
  it("OpenAI's RFT example: 4 billed hours at $100/h = $400", () => {
    expect(hourlyTrainingRunCost({ hours: 4, perHour: 100 }).usd).toBe(400);
  });
});
