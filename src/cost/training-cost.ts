import { formatCount, formatUsd } from './format-usd.js';

/** One training run, priced. */
export interface TrainingRunCost {
  /** Tokens billed for the run: tokens x epochs + validation tokens x evaluations. */
  billedTokens: number;
  usd: number;
  formula: string;
}

/**
 * A hosted run billed per token (OpenAI, Vertex, Fireworks, Together, Ori): tokens per epoch x
 * epochs, plus validation tokens x the number of validation passes (Together and Ori bill those),
 * at a price per 1M tokens — never less than the provider's minimum per job.
 */
export function hostedTrainingRunCost(options: {
  tokensPerEpoch: number;
  epochs: number;
  perMillionTokens: number;
  minimumPerJob?: number;
  validationTokens?: number;
  validationPasses?: number;
}): TrainingRunCost {
  const validation = (options.validationTokens ?? 0) * (options.validationPasses ?? 0);
  const billedTokens = options.tokensPerEpoch * options.epochs + validation;
  const raw = (billedTokens * options.perMillionTokens) / 1e6;
  const minimum = options.minimumPerJob ?? 0;
  const usd = Math.max(minimum, raw);
  const tokens = `${formatCount(options.tokensPerEpoch)} tokens × ${options.epochs} epochs${validation > 0 ? ` + ${formatCount(validation)} validation tokens` : ''}`;
  const formula = `${tokens} × $${options.perMillionTokens}/1M${usd > raw ? ` (minimum ${formatUsd(minimum)} per job)` : ''}`;
  return { billedTokens, usd, formula };
}

/** A run billed per hour of training (OpenAI reinforcement fine-tuning: $100 per core-loop hour). */
export function hourlyTrainingRunCost(options: { hours: number; perHour: number }): TrainingRunCost {
  return {
    billedTokens: 0,
    usd: options.hours * options.perHour,
    formula: `${options.hours} h × ${formatUsd(options.perHour)}/h`,
  };
}
