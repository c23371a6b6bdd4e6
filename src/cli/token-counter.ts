import type { TokenCounter } from '../runner/call-plan.js';
import { loadTokenCounter as loadEncoding } from '../tokenizer/load-token-counter.js';

/** The o200k_base counter (gpt-tokenizer's counts), for the commands that plan spending. */
export async function loadTokenCounter(): Promise<TokenCounter> {
  const counter = await loadEncoding('o200k_base');
  return (text) => counter.count(text);
}
