import type { GpuHourlyPrice } from './gpu-price.js';

/** Time a self-hosted training run takes. */
export interface GpuTrainingTime {
  /** Wall-clock hours. */
  wallHours: number;
  /** Wall-clock hours x GPUs: what is billed. */
  gpuHours: number;
}

/**
 * Hours of a self-hosted run (research/evidence-cost.md §5.3): tokens x epochs / throughput, where
 * throughput is the measured tokens per second of the whole setup (one GPU, or an 8-GPU node).
 */
export function gpuTrainingTime(options: {
  tokensPerEpoch: number;
  epochs: number;
  tokensPerSecond: number;
  gpus: number;
}): GpuTrainingTime {
  const wallHours = (options.tokensPerEpoch * options.epochs) / options.tokensPerSecond / 3600;
  return { wallHours, gpuHours: wallHours * options.gpus };
}

/** GPU-hours priced at the low, median and high on-demand offers. */
export function gpuTrainingCost(
  gpuHours: number,
  price: Pick<GpuHourlyPrice, 'low' | 'median' | 'high'>,
): { value: number; low: number; high: number } {
  return { value: gpuHours * price.median, low: gpuHours * price.low, high: gpuHours * price.high };
}
