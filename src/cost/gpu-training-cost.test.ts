import { describe, expect, it } from 'vitest';
import { defaultPriceCatalog } from './default-price-catalog.js';
import { gpuHourlyPrice, monthlyServingCost } from './gpu-price.js';
import { gpuTrainingCost, gpuTrainingTime } from './gpu-training-cost.js';

describe('gpuTrainingTime (evidence-cost.md §5.3 worked example, 2.1M training tokens)', () => {
  it('8B LoRA at 4,699 tokens/s on one GPU takes 0.12 GPU-hours', () => {
    const time = gpuTrainingTime({ tokensPerEpoch: 700_000, epochs: 3, tokensPerSecond: 4699, gpus: 1 });
    expect(time.gpuHours).toBeCloseTo(2_100_000 / 4699 / 3600, 12);
    expect(time.gpuHours).toBeCloseTo(0.1241, 4);
  });
  it('70B LoRA at 3,497 tokens/s on 8 GPUs takes 1.33 GPU-hours, $1.85–$4.58 at $1.39–$3.43 per A100-hour', () => {
    const time = gpuTrainingTime({ tokensPerEpoch: 700_000, epochs: 3, tokensPerSecond: 3497, gpus: 8 });
    expect(time.wallHours).toBeCloseTo(0.16681, 5);
    expect(time.gpuHours).toBeCloseTo(1.3345, 4);
    const cost = gpuTrainingCost(time.gpuHours, { low: 1.39, median: 2.79, high: 3.43 });
    expect(cost.low).toBeCloseTo(1.855, 3);
    expect(cost.high).toBeCloseTo(4.577, 3);
  });
});

describe('gpuHourlyPrice and monthlyServingCost', () => {
  it('a month of an always-on H100 costs $1,964 (RunPod Community $2.69) to $8,972 (Azure $12.29)', () => {
    expect(monthlyServingCost(2.69, 1)).toBeCloseTo(1963.7, 6);
    expect(monthlyServingCost(12.29, 1)).toBeCloseTo(8971.7, 6);
  });
  it('takes the median of the A100 80GB offers in the price data', () => {
    // 1.39, 1.79, 2.79, 2.90, 3.43 → median 2.79
    expect(gpuHourlyPrice(defaultPriceCatalog(), 'a100-80gb')).toEqual({
      gpu: 'a100-80gb',
      low: 1.39,
      median: 2.79,
      high: 3.43,
      offers: 5,
    });
  });
  it('averages the two middle offers for an even count (H100: 3.99 and 4.29 → 4.14)', () => {
    const price = gpuHourlyPrice(defaultPriceCatalog(), 'h100-80gb')!;
    expect(price.median).toBeCloseTo(4.14, 10);
    expect(price.low).toBe(2.4);
    expect(price.high).toBe(12.29);
  });
  it('is undefined for a GPU type without offers', () => {
    expect(gpuHourlyPrice(defaultPriceCatalog(), 'tpu-v5')).toBeUndefined();
  });
});
