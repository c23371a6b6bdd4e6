import type { TokenCounter } from '../runner/call-plan.js';

/** gpt-tokenizer's counter (o200k_base), imported only by the commands that plan spending. */
export async function loadTokenCounter(): Promise<TokenCounter> {
  const { countTokens } = await import('gpt-tokenizer');
  return (text) => countTokens(text);
}
