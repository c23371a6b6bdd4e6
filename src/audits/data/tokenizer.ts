import type { EncodingName } from '../../tokenizer/load-token-counter.js';

export type { EncodingName };

/** A model name without its provider prefix (`openai:gpt-4o-mini` → `gpt-4o-mini`). */
export function bareModelName(model: string): string {
  const colon = model.indexOf(':');
  return colon === -1 || model.startsWith('http') ? model : model.slice(colon + 1);
}

/**
 * The encoding of a model: gpt-tokenizer's model map (cl100k_base for GPT-3.5/GPT-4, o200k_base for
 * GPT-4o and newer, its default for unknown names). Non-OpenAI models get o200k_base, labelled as
 * an approximation by the caller.
 */
export async function encodingForModel(model: string): Promise<{ encoding: EncodingName; known: boolean }> {
  const { modelToEncodingMap } = await import('gpt-tokenizer/mapping');
  const name = bareModelName(model);
  const encoding = (modelToEncodingMap as Record<string, string>)[name];
  if (encoding === 'cl100k_base' || encoding === 'o200k_base') return { encoding, known: true };
  const openAiFamily = /^(?:gpt-|o\d|chatgpt|ft:gpt-)/.test(name);
  return { encoding: 'o200k_base', known: openAiFamily };
}
