import type { TokenUsage } from '../core/language-model.js';
import type { CallRequest } from './call-key.js';

/** What a model's tokens cost, in USD per million. */
export interface CallPrice {
  inputUsdPerMillion: number;
  outputUsdPerMillion: number;
  /** Prompt tokens served from the provider's cache; the input price when undefined. */
  cachedInputUsdPerMillion?: number;
  /** Where the price came from, for the plan printout (`live.prices`, the price table, `local server`). */
  source: string;
}

/** The cost of a call from its token counts. */
export function tokenCost(
  inputTokens: number,
  cachedInputTokens: number,
  outputTokens: number,
  price: CallPrice,
): number {
  const cached = Math.min(cachedInputTokens, inputTokens);
  return (
    ((inputTokens - cached) * price.inputUsdPerMillion +
      cached * (price.cachedInputUsdPerMillion ?? price.inputUsdPerMillion) +
      outputTokens * price.outputUsdPerMillion) /
    1_000_000
  );
}

/** The cost of a completed call from the usage the provider reported (undefined counts as 0). */
export function usageCost(usage: TokenUsage, price: CallPrice): number {
  return tokenCost(
    usage.inputTokens.total ?? 0,
    usage.inputTokens.cacheRead ?? 0,
    usage.outputTokens.total ?? 0,
    price,
  );
}

/** Per-message framing tokens that chat formats add around the text (an upper bound). */
const framingTokensPerMessage = 8;

/**
 * Token counts no tokenizer can exceed for this request: every token covers at least one byte of
 * UTF-8 text, so the prompt's byte length (plus framing) bounds its tokens, and the output is
 * bounded by `maxOutputTokens`. Used to reserve budget before sending; deliberately pessimistic.
 */
export function worstCaseTokens(request: CallRequest): { input: number; output: number } {
  let input = framingTokensPerMessage;
  for (const message of request.prompt)
    input += Buffer.byteLength(message.content, 'utf8') + framingTokensPerMessage;
  return { input, output: request.maxOutputTokens ?? 4096 };
}

/** A rough expected token count (about 4 bytes per token), for rate limiting, not for budgets. */
export function roughTokens(request: CallRequest): number {
  let bytes = 0;
  for (const message of request.prompt) bytes += Buffer.byteLength(message.content, 'utf8');
  return Math.ceil(bytes / 4) + (request.maxOutputTokens ?? 512);
}
