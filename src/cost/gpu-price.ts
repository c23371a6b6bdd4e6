import type { PriceCatalog } from './price-catalog.js';

/** What one GPU-hour of a GPU type costs across the offers in the price data. */
export interface GpuHourlyPrice {
  gpu: string;
  low: number;
  median: number;
  high: number;
  offers: number;
}

/** Hours in an average month (8,760 / 12), the basis of always-on serving costs. */
export const hoursPerMonth = 730;

/** The median is the price used; low and high show the spread (4.57x for an H100 across clouds). */
export function gpuHourlyPrice(catalog: PriceCatalog, gpu: string): GpuHourlyPrice | undefined {
  const prices = catalog.gpuOffers
    .filter((offer) => offer.gpu === gpu)
    .map((offer) => offer.usdPerHour)
    .sort((a, b) => a - b);
  if (prices.length === 0) return undefined;
  const middle = Math.floor(prices.length / 2);
  const median = prices.length % 2 === 1 ? prices[middle]! : (prices[middle - 1]! + prices[middle]!) / 2;
  return { gpu, low: prices[0]!, median, high: prices.at(-1)!, offers: prices.length };
}

/** Always-on serving: GPUs x price per GPU-hour x hours per month (730 for always on). */
export function monthlyServingCost(pricePerGpuHour: number, gpus: number, hours = hoursPerMonth): number {
  return pricePerGpuHour * gpus * hours;
}
